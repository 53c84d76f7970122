package org.cxm.sync.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.cxm.cli.Command;
import org.cxm.cli.UsageException;
import org.cxm.history.HistoryStore;
import org.cxm.history.StoreException;
import org.cxm.model.CxModel;
import org.cxm.model.resource.CxmFiles;
import org.cxm.model.resource.ModelLoadException;
import org.cxm.model.validation.ModelValidation;
import org.cxm.sync.SyncEngine;
import org.cxm.sync.SyncListener;
import org.cxm.sync.SyncOptions;
import org.cxm.sync.SyncSummary;
import org.cxm.sync.cli.SyncSummaryPrinter;
import org.cxm.sync.spi.Connector;
import org.eclipse.emf.common.util.Diagnostic;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;

/**
 * {@code cxm sync --model <file>... [--store <jdbc url|directory>] [--reconcile]}: synchronises the data
 * sources the models map into the customer history, printing progress and a summary.
 */
@Component(service = Command.class)
public class SyncCommand implements Command {

    @Reference(cardinality = ReferenceCardinality.MULTIPLE)
    private List<Connector> connectors;

    @Override
    public String name() {
        return "sync";
    }

    @Override
    public String summary() {
        return "synchronise the CRM and ERP sources of models into the customer history";
    }

    @Override
    public String usage() {
        return "--model <file> [--model <file>...] [--store <jdbc url|directory>] [--reconcile]";
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) throws UsageException {
        List<String> modelFiles = new ArrayList<>();
        String store = null;
        boolean reconcile = false;
        for (int i = 0; i < arguments.size(); i++) {
            switch (arguments.get(i)) {
                case "--model" -> modelFiles.add(value(arguments, ++i, "--model"));
                case "--store" -> store = value(arguments, ++i, "--store");
                case "--reconcile" -> reconcile = true;
                default -> throw new UsageException("unknown argument '" + arguments.get(i) + "'.");
            }
        }
        if (modelFiles.isEmpty()) {
            throw new UsageException("name the model with --model <file>.");
        }
        List<CxModel> models = loadValid(modelFiles, err);
        if (models == null) {
            return FAILED;
        }
        HistoryStore history;
        try {
            history = HistoryStore.open(StoreArguments.location(store));
        } catch (StoreException e) {
            err.println("error: " + e.getMessage());
            return FAILED;
        }
        try (history) {
            out.println("Syncing into " + history.location() + " ...");
            SyncSummary summary = new SyncEngine(connectors, System::getenv).run(models, history,
                    new SyncOptions(reconcile, new ProgressPrinter(out, err)));
            SyncSummaryPrinter.print(summary, out, err);
            return summary.succeeded() ? OK : FAILED;
        }
    }

    static List<CxModel> loadValid(List<String> files, PrintStream err) {
        List<CxModel> models = new ArrayList<>();
        for (String file : files) {
            try {
                CxModel model = CxmFiles.load(Path.of(file));
                List<Diagnostic> errors = ModelValidation.problems(ModelValidation.validate(model)).stream()
                        .filter(problem -> problem.getSeverity() >= Diagnostic.ERROR).toList();
                if (!errors.isEmpty()) {
                    err.println("error: " + file + " has " + errors.size() + " error(s); nothing was synced. First: "
                            + errors.get(0).getMessage() + " (run cxm validate " + file + " for all)");
                    return null;
                }
                models.add(model);
            } catch (ModelLoadException e) {
                err.println("error: " + e.getMessage());
                return null;
            }
        }
        return models;
    }

    private static String value(List<String> arguments, int index, String option) throws UsageException {
        if (index >= arguments.size()) {
            throw new UsageException(option + " needs a value.");
        }
        return arguments.get(index);
    }

    /** Prints one line per committed batch, so a long first sync shows that it is moving. */
    private record ProgressPrinter(PrintStream out, PrintStream err) implements SyncListener {

        @Override
        public void batchCommitted(String dataSource, String recordSource, int records, long readSoFar) {
            out.printf("  %s / %s: %d records committed (%d read in this run)%n", dataSource, recordSource, records,
                    readSoFar);
        }

        @Override
        public void failed(String message) {
            err.println("  failed: " + message);
        }

        @Override
        public void retrying(String dataSource, int attempt, long delayMillis, String reason) {
            err.printf("  %s: attempt %d failed (%s); trying again in %d s%n", dataSource, attempt, reason,
                    delayMillis / 1000);
        }
    }
}
