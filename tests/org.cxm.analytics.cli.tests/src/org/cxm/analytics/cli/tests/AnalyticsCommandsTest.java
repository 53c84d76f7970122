package org.cxm.analytics.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.cxm.history.HistoryStore;
import org.cxm.history.StoreLocation;
import org.cxm.model.KpiDirection;
import org.cxm.model.KpiMeasure;
import org.cxm.model.MeasureAggregate;
import org.cxm.model.RecordFilter;
import org.cxm.model.RecordKind;
import org.cxm.model.Touchpoint;
import org.cxm.model.resource.CxmFiles;
import org.cxm.tests.support.AnalyticsModel;
import org.cxm.tests.support.CommandRunner;
import org.cxm.tests.support.HistoryFixture;
import org.cxm.tests.support.OpenStores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code cxm kpi} and {@code cxm paths} as a user runs them: a model file, an embedded store, a period. */
class AnalyticsCommandsTest {

    @RegisterExtension
    final OpenStores stores = new OpenStores();

    @TempDir
    Path folder;

    private Path modelFile;

    private String store;

    @BeforeEach
    void modelAndStore() throws Exception {
        AnalyticsModel shop = new AnalyticsModel();
        KpiMeasure csat = AnalyticsModel.measure(MeasureAggregate.SHARE, AnalyticsModel.at(shop.checkout));
        RecordFilter satisfied = org.cxm.model.CxmFactory.eINSTANCE.createRecordFilter();
        satisfied.setMinScore(4.0);
        csat.setMatching(satisfied);
        shop.kpi("Checkout CSAT", csat, 80, KpiDirection.HIGHER_IS_BETTER).setBenchmark(75.0);
        shop.kpi("Orders", AnalyticsModel.measure(MeasureAggregate.COUNT, AnalyticsModel.kinds(RecordKind.ORDER)), 10,
                KpiDirection.HIGHER_IS_BETTER);
        shop.kpi("Loyalty churn", null, 15, KpiDirection.LOWER_IS_BETTER);
        modelFile = folder.resolve("shop.cxm");
        CxmFiles.save(shop.model, modelFile);
        store = folder.resolve("store").toString();
        try (HistoryStore history = HistoryStore.open(stores.watch(StoreLocation.embedded(Path.of(store))))) {
            HistoryFixture fixture = new HistoryFixture(history);
            for (int i = 0; i < 4; i++) {
                long customer = fixture.customer("Customer " + i, "c" + i + "@example.com", null);
                record(fixture, customer, "s" + i, 0, shop.showroom, "meeting", null);
                record(fixture, customer, "o" + i, 1, shop.checkout, "order", i < 3 ? 5.0 : 2.0);
                if (i == 3) {
                    record(fixture, customer, "x" + i, 2, shop.showroom, "meeting", null);
                }
            }
        }
    }

    @Test
    void kpiPrintsActualTargetStatusAndBasis() {
        CommandRunner cxm = new CommandRunner();
        assertEquals(0, cxm.run("kpi", modelFile.toString(), "--store", store), cxm.err());
        String out = cxm.out();
        assertTrue(out.contains("Journey 'Order and support'"), out);
        assertTrue(out.matches("(?s).*Checkout CSAT\\s+75\\s+80\\s+75\\s+off target\\s+4 records.*"), out);
        assertTrue(out.matches("(?s).*Orders\\s+4\\s+10\\s+-\\s+off target\\s+4 records.*"), out);
        assertTrue(out.matches("(?s).*Loyalty churn\\s+-\\s+15\\s+-\\s+no measure.*"), out);
        assertTrue(out.contains("1 of 3 KPIs have no measure"), out);
    }

    @Test
    void kpiHonoursThePeriod() {
        CommandRunner cxm = new CommandRunner();
        assertEquals(0, cxm.run("kpi", modelFile.toString(), "--store", store, "--from", "2025-01-03"), cxm.err());
        assertTrue(cxm.out().matches("(?s).*Checkout CSAT\\s+-\\s+80\\s+75\\s+no data\\s+0 records.*"), cxm.out());
    }

    @Test
    void pathsPrintsConformanceVariantsAndDeviations() {
        CommandRunner cxm = new CommandRunner();
        assertEquals(0, cxm.run("paths", modelFile.toString(), "--store", store, "--journey", "order AND support"),
                cxm.err());
        String out = cxm.out();
        assertTrue(out.contains("4 customers with 9 records in it"), out);
        assertTrue(out.contains("Following the designed path: 3 of 4 customers (75.0%)"), out);
        assertTrue(out.contains("3 customers (75.0%)  Try it in a showroom -> Check out"), out);
        assertTrue(out.contains("repeated 'Try it in a showroom'"), out);
        assertTrue(out.contains("Try it in a showroom -> Check out: 4 times, median 1.0 d"), out);
    }

    @Test
    void wrongArgumentsSayWhatIsWrong() {
        CommandRunner cxm = new CommandRunner();
        assertEquals(2, cxm.run("kpi", modelFile.toString(), "--store", store, "--from", "last week"));
        assertTrue(cxm.err().contains("--from must be a date such as 2025-01-31"), cxm.err());
        CommandRunner paths = new CommandRunner();
        assertEquals(1, paths.run("paths", modelFile.toString(), "--store", store, "--journey", "Return"));
        assertTrue(paths.err().contains("has no journey named 'Return'; its journeys are: 'Order and support'"),
                paths.err());
        CommandRunner period = new CommandRunner();
        assertEquals(2, period.run("kpi", modelFile.toString(), "--from", "2025-02-01", "--to", "2025-01-01"));
        assertTrue(period.err().contains("The period must end after it starts"), period.err());
    }

    private static void record(HistoryFixture fixture, long customer, String id, int day, Touchpoint touchpoint,
            String kind, Double score) {
        long interaction = fixture.interaction(customer, "CRM", id,
                OffsetDateTime.of(2025, 1, 1 + day, 10, 0, 0, 0, ZoneOffset.UTC), kind, null, kind);
        fixture.detail(interaction, "touchpoint_element_id", touchpoint.getId());
        if (score != null) {
            fixture.detail(interaction, "survey_score", score);
        }
    }
}
