package org.cxm.demo.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.cxm.analytics.EventLog;
import org.cxm.analytics.KpiEvaluation;
import org.cxm.analytics.LogWindow;
import org.cxm.analytics.PathAnalysis;
import org.cxm.analytics.cli.KpiTable;
import org.cxm.analytics.cli.PathsReport;
import org.cxm.cli.Command;
import org.cxm.cli.UsageException;
import org.cxm.demo.Demo;
import org.cxm.demo.DemoException;
import org.cxm.demo.DemoSetup;
import org.cxm.history.HistoryStore;
import org.cxm.history.StoreException;
import org.cxm.model.CxModel;
import org.cxm.model.resource.CxmFiles;
import org.cxm.model.resource.ModelLoadException;
import org.cxm.sync.SyncListener;
import org.cxm.sync.cli.HistoryPrinter;
import org.cxm.sync.cli.SyncSummaryPrinter;
import org.cxm.sync.spi.Connector;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;

/**
 * {@code cxm demo [--dir <dir>] [--customers <n>]}: prepares the demo (generated SuiteCRM and Odoo databases,
 * the demo model, the synced customer history), printing its progress and the sync summary, then prints the
 * unified history of the demo's showcase customer, the KPIs measured from the records and the top paths
 * through the first journey.
 */
@Component(service = Command.class)
public class DemoCommand implements Command {

    /** The timeline entries printed for the showcase customer. */
    private static final int HISTORY_LIMIT = 25;

    /** The variants, deviations and directly-follows pairs printed for the demo's journey. */
    private static final int ANALYTICS_TOP = 5;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE)
    private List<Connector> connectors;

    @Override
    public String name() {
        return "demo";
    }

    @Override
    public String summary() {
        return "create demo CRM and ERP databases, sync them and show one customer's history";
    }

    @Override
    public String usage() {
        return "[--dir <directory>] [--customers <n>]   (default: " + Demo.defaultDirectory() + ", "
                + Demo.DEFAULT_CUSTOMERS + " customers)";
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) throws UsageException {
        Path directory = Demo.defaultDirectory();
        int customers = Demo.DEFAULT_CUSTOMERS;
        for (int i = 0; i < arguments.size(); i++) {
            switch (arguments.get(i)) {
                case "--dir" -> directory = Path.of(value(arguments, ++i, "--dir"));
                case "--customers" -> customers = customers(value(arguments, ++i, "--customers"));
                default -> throw new UsageException("unknown argument '" + arguments.get(i) + "'.");
            }
        }
        long started = System.nanoTime();
        ProgressPrinter progress = new ProgressPrinter(out, err);
        DemoSetup demo;
        try {
            demo = new DemoBuilder(connectors, step -> out.println(step)).prepare(directory, customers, progress);
        } catch (DemoException e) {
            progress.finishSource();
            err.println("error: " + e.getMessage());
            return FAILED;
        }
        progress.finishSource();
        SyncSummaryPrinter.print(demo.sync(), out, err);
        out.printf(Locale.ROOT, "%nThe demo is ready (%.1f s). Store: %s%nModel: %s%n",
                (System.nanoTime() - started) / 1e9, demo.store(), demo.model());
        out.printf("%nThe showcase customer, %s, is known to SuiteCRM and Odoo under different ids and e-mail"
                + " addresses. Her history across both systems, newest first:%n", demo.customerName());
        boolean found = printHistory(demo, out, err);
        return printAnalytics(demo, out, err) && found ? OK : FAILED;
    }

    /** The KPIs measured from the synced records and how customers really went through the first journey. */
    private static boolean printAnalytics(DemoSetup demo, PrintStream out, PrintStream err) {
        try (HistoryStore store = HistoryStore.open(demo.store())) {
            CxModel model = CxmFiles.load(demo.model());
            KpiEvaluation kpis = new KpiEvaluation(model, LogWindow.all(), Instant.now());
            PathAnalysis paths = new PathAnalysis(model.getJourneys().get(0));
            new EventLog(store).scan(LogWindow.all(), List.of(kpis, paths));
            out.printf("%nThe model's KPIs, measured from the synced records:%n");
            KpiTable.print(kpis.results(), out);
            out.printf("%nHow customers really went through the journey:%n");
            PathsReport.print(paths.result(), ANALYTICS_TOP, out);
            out.printf("%nAgain: cxm kpi %s --store %s; cxm paths %s --store %s%n", demo.model(),
                    demo.directory().resolve("store"), demo.model(), demo.directory().resolve("store"));
            return true;
        } catch (StoreException | ModelLoadException e) {
            err.println("error: " + e.getMessage());
            return false;
        }
    }

    private static boolean printHistory(DemoSetup demo, PrintStream out, PrintStream err) {
        try (HistoryStore store = HistoryStore.open(demo.store())) {
            CxModel model = CxmFiles.load(demo.model());
            boolean found = HistoryPrinter.print(store, model, demo.customer(), HISTORY_LIMIT, out, err);
            out.printf("%nAgain, or another customer: cxm history %s --store %s --model %s%n", demo.customer(),
                    demo.directory().resolve("store"), demo.model());
            return found;
        } catch (StoreException | ModelLoadException e) {
            err.println("error: " + e.getMessage());
            return false;
        }
    }

    private static int customers(String value) throws UsageException {
        try {
            int customers = Integer.parseInt(value);
            if (customers < 1) {
                throw new UsageException("--customers must be at least 1, not " + customers + ".");
            }
            return customers;
        } catch (NumberFormatException e) {
            throw new UsageException("--customers must be a number, not '" + value + "'.");
        }
    }

    private static String value(List<String> arguments, int index, String option) throws UsageException {
        if (index >= arguments.size()) {
            throw new UsageException(option + " needs a value.");
        }
        return arguments.get(index);
    }

    /** One line per record source once it has been read, so the sync shows that it moves without flooding. */
    private static final class ProgressPrinter implements SyncListener {

        private final PrintStream out;

        private final PrintStream err;

        private String current;

        private long records;

        ProgressPrinter(PrintStream out, PrintStream err) {
            this.out = out;
            this.err = err;
        }

        @Override
        public void batchCommitted(String dataSource, String recordSource, int batch, long readSoFar) {
            String source = dataSource + " / " + recordSource;
            if (!source.equals(current)) {
                finishSource();
                current = source;
                records = 0;
            }
            records += batch;
        }

        @Override
        public void failed(String message) {
            finishSource();
            err.println("  failed: " + message);
        }

        @Override
        public void retrying(String dataSource, int attempt, long delayMillis, String reason) {
            err.printf("  %s: attempt %d failed (%s); trying again in %d s%n", dataSource, attempt, reason,
                    delayMillis / 1000);
        }

        void finishSource() {
            if (current != null) {
                out.printf(Locale.ROOT, "  %-40s %,9d records%n", current, records);
                current = null;
            }
        }
    }
}
