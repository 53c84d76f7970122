package org.cxm.analytics.cli.internal;

import java.io.PrintStream;
import java.time.Instant;
import java.util.List;

import org.cxm.analytics.EventLog;
import org.cxm.analytics.KpiEvaluation;
import org.cxm.analytics.KpiResult;
import org.cxm.analytics.LogWindow;
import org.cxm.analytics.cli.KpiTable;
import org.cxm.cli.Command;
import org.cxm.cli.UsageException;
import org.cxm.history.HistoryStore;
import org.cxm.history.StoreException;
import org.cxm.history.StoreLocation;
import org.cxm.model.CxModel;
import org.cxm.model.resource.CxmFiles;
import org.cxm.model.resource.ModelLoadException;
import org.osgi.service.component.annotations.Component;

/**
 * {@code cxm kpi <model> [--store ...] [--from <date>] [--to <date>]}: measures every KPI of the model that
 * has a measure from the customer history and prints it with its target, benchmark, status and the number
 * of records (or customers) behind it.
 */
@Component(service = Command.class)
public class KpiCommand implements Command {

    @Override
    public String name() {
        return "kpi";
    }

    @Override
    public String summary() {
        return "measure the model's KPIs from the customer history: actual, target, status";
    }

    @Override
    public String usage() {
        return "<model file> [--store <jdbc url|directory>] [--from <date>] [--to <date>]";
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) throws UsageException {
        CommandOptions options = CommandOptions.parse(arguments, List.of());
        StoreLocation location = options.store();
        LogWindow window = options.window();
        try {
            CxModel model = CxmFiles.load(options.modelFile());
            try (HistoryStore store = HistoryStore.open(location)) {
                long started = System.nanoTime();
                List<KpiResult> results = KpiEvaluation.measure(model, new EventLog(store), window, Instant.now());
                out.printf("KPIs of %s measured from %s, %s (%.1f s):%n", options.modelFile(), location,
                        describe(window), (System.nanoTime() - started) / 1e9);
                KpiTable.print(results, out);
                return OK;
            }
        } catch (ModelLoadException | StoreException e) {
            err.println("error: " + e.getMessage());
            return FAILED;
        }
    }

    static String describe(LogWindow window) {
        if (window.from() == null && window.to() == null) {
            return "all records";
        }
        return "records from " + (window.from() == null ? "the first" : window.from()) + " until "
                + (window.to() == null ? "now" : window.to());
    }
}
