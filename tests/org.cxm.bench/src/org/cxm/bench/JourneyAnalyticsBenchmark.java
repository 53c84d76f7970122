package org.cxm.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.cxm.analytics.EventLog;
import org.cxm.analytics.JourneyPaths;
import org.cxm.analytics.KpiEvaluation;
import org.cxm.analytics.KpiResult;
import org.cxm.analytics.LogWindow;
import org.cxm.analytics.PathAnalysis;
import org.cxm.history.HistoryStore;
import org.cxm.history.StoreLocation;
import org.cxm.model.CxModel;
import org.cxm.model.Journey;
import org.cxm.model.Touchpoint;
import org.cxm.tests.support.ExampleModels;
import org.cxm.tests.support.TestStores;
import org.junit.jupiter.api.Test;

/**
 * {@code cxm kpi} and {@code cxm paths} on a store of {@code cxm.bench.analyticsRows} interactions (issue 14:
 * within 30 s at 1M on H2 and PostgreSQL, 2 cores): one customer per 8 interactions, 5,000 customers merged
 * into others with their records left under them, the online shop's journey walked in designed order with
 * every 13th record at another touchpoint, kinds cycling through case, order, survey response (scored),
 * outbound e-mail and call. Measures the online-shop example's KPIs and the journey's paths in one read.
 */
class JourneyAnalyticsBenchmark {

    private static final long ROWS = Long.getLong("cxm.bench.analyticsRows", 1_000_000);

    @Test
    void kpisAndPathsOfAMillionInteractions() throws Exception {
        CxModel model = ExampleModels.load(ExampleModels.ONLINE_SHOP);
        Journey journey = model.getJourneys().get(0);
        BenchReport.line("## Journey analytics on " + ROWS + " interactions, " + BenchReport.machine());
        BenchReport.line("| store | interactions | customers | fill | kpi (all KPIs) | paths | kpi + paths in one read |"
                + " following | variants |");
        BenchReport.line("|---|---|---|---|---|---|---|---|---|");
        for (String kind : List.of("h2", "postgresql")) {
            Path folder = Files.createTempDirectory("cxm-analytics");
            StoreLocation location = kind.equals("h2") ? StoreLocation.embedded(folder.resolve("store"))
                    : TestStores.postgres();
            try (HistoryStore store = HistoryStore.open(location)) {
                long customers = ROWS / 8;
                long started = System.nanoTime();
                fill(store, kind, customers, journey);
                double fill = seconds(started);
                EventLog log = new EventLog(store);
                started = System.nanoTime();
                List<KpiResult> kpis = KpiEvaluation.measure(model, log, LogWindow.all(), Instant.now());
                double kpi = seconds(started);
                started = System.nanoTime();
                PathAnalysis paths = new PathAnalysis(journey);
                log.scan(LogWindow.all(), List.of(paths));
                double path = seconds(started);
                started = System.nanoTime();
                KpiEvaluation both = new KpiEvaluation(model, LogWindow.all(), Instant.now());
                PathAnalysis again = new PathAnalysis(journey);
                long events = log.scan(LogWindow.all(), List.of(both, again));
                double together = seconds(started);
                JourneyPaths result = paths.result();
                BenchReport.line(String.format("| %s | %,d | %,d | %.1f s | %.1f s (%d measured) | %.1f s | %.1f s"
                        + " (%,.0f events/s) | %.1f%% | %,d |", kind, events, result.customers(), fill, kpi,
                        kpis.stream().filter(KpiResult::measured).count(), path, together, events / together,
                        100 * result.followingShare(), result.variants().size()));
            }
        }
    }

    private static double seconds(long started) {
        return (System.nanoTime() - started) / 1e9;
    }

    private static void fill(HistoryStore store, String kind, long customers, Journey journey) {
        String series = kind.equals("h2") ? "SYSTEM_RANGE(1, %d)" : "generate_series(1, %d) AS t(x)";
        String x = kind.equals("h2") ? "X" : "x";
        List<Touchpoint> steps = journey.getStages().stream().flatMap(s -> s.getTouchpoints().stream()).toList();
        String step = "MOD((" + x + " - 1) / " + customers + " + CASE WHEN MOD(" + x + ", 13) = 0 THEN 5 ELSE 0 END, "
                + steps.size() + ")";
        String touchpoint = "CASE " + step + " " + cases(steps, t -> t.getId()) + " END";
        String stage = "CASE " + step + " " + cases(steps, t -> ((org.cxm.model.Stage) t.eContainer()).getId()) + " END";
        store.jdbi().useHandle(handle -> {
            handle.execute("INSERT INTO customer (id, display_name, created_at, updated_at) SELECT " + x
                    + ", 'Customer ' || " + x + ", CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM "
                    + String.format(series, customers));
            handle.execute("UPDATE customer SET merged_into = id - 5000 WHERE id > " + (customers - 5000));
            handle.execute("INSERT INTO interaction (source_system, source_record_id, record_source, customer_id,"
                    + " occurred_at, kind, direction, survey_score, touchpoint_element_id, stage_element_id, subject,"
                    + " deleted, content_hash, synced_at) SELECT 'CRM', 'r:' || " + x + ", 'records', MOD(" + x + ", "
                    + customers + ") + 1, TIMESTAMP WITH TIME ZONE '2024-01-01 00:00:00+00' + " + x
                    + " * INTERVAL '10' SECOND, CASE MOD(" + x + ", 5) WHEN 0 THEN 'case' WHEN 1 THEN 'order' WHEN 2"
                    + " THEN 'surveyResponse' WHEN 3 THEN 'email' ELSE 'call' END, CASE WHEN MOD(" + x
                    + ", 5) >= 3 THEN 'outbound' END, CASE WHEN MOD(" + x + ", 5) = 2 THEN MOD(" + x
                    + ", 11) END, " + touchpoint + ", " + stage + ", 'Record', FALSE, '', CURRENT_TIMESTAMP FROM "
                    + String.format(series, ROWS));
            handle.execute("ANALYZE");
        });
    }

    private static String cases(List<Touchpoint> steps, java.util.function.Function<Touchpoint, String> value) {
        StringBuilder cases = new StringBuilder();
        for (int i = 0; i < steps.size(); i++) {
            cases.append(" WHEN ").append(i).append(" THEN '").append(value.apply(steps.get(i))).append("'");
        }
        return cases.toString().strip();
    }
}
