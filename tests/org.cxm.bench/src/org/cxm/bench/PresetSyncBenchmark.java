package org.cxm.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Map;

import org.cxm.connector.jdbc.internal.JdbcConnector;
import org.cxm.demo.data.CrmErpDataGenerator;
import org.cxm.demo.data.SourceSchemas;
import org.cxm.history.HistoryStore;
import org.cxm.history.StoreLocation;
import org.cxm.model.CxModel;
import org.cxm.model.DataSource;
import org.cxm.model.resource.CxmFiles;
import org.cxm.sync.SyncEngine;
import org.cxm.sync.SyncOptions;
import org.cxm.sync.SyncSummary;
import org.cxm.tests.support.ExampleModels;
import org.junit.jupiter.api.Test;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * The SuiteCRM preset, as shipped, synced from a SuiteCRM-shaped MariaDB database into an embedded store at
 * two sizes. Its record sources are queries whose cursor is computed (a contact changes when its e-mail
 * link does; a call when its contact link does), which no index serves: the figure is how the full sync
 * grows with the database, and what a run that finds nothing new costs.
 */
class PresetSyncBenchmark {

    private static final int CUSTOMERS = Integer.getInteger("cxm.bench.presetCustomers", 20_000);

    private static final int INTERACTIONS_PER_CUSTOMER = 20;

    @Test
    void suiteCrmPresetGrowsLinearlyWithTheDatabase() throws Exception {
        BenchReport.line("## SuiteCRM preset from MariaDB into H2, " + INTERACTIONS_PER_CUSTOMER
                + " interactions a customer, " + BenchReport.machine());
        BenchReport.line("| customers | records read | full sync | records/s | time growth / size growth"
                + " | next run, nothing changed |");
        BenchReport.line("|---|---|---|---|---|---|");
        double first = 0;
        for (int customers : List.of(CUSTOMERS / 2, CUSTOMERS)) {
            CxModel preset = CxmFiles.load(ExampleModels.preset(ExampleModels.SUITECRM_PRESET));
            DataSource crm = preset.getDataSources().get(0);
            crm.setJdbcUrl(System.getProperty("cxm.test.mariadb.url"));
            crm.setUser("cxm");
            crm.setCredential("env:SUITECRM_PASSWORD");
            MariaDbDataSource mariaDb = new MariaDbDataSource(crm.getJdbcUrl());
            mariaDb.setUser("cxm");
            mariaDb.setPassword("cxm");
            try (Connection connection = mariaDb.getConnection()) {
                SourceSchemas.createSuiteCrm(connection);
                new CrmErpDataGenerator(7, customers, INTERACTIONS_PER_CUSTOMER).fillSuiteCrm(connection);
            }
            Path folder = Files.createTempDirectory("cxm-preset");
            try (HistoryStore store = HistoryStore.open(StoreLocation.embedded(folder.resolve("store")))) {
                long start = System.nanoTime();
                SyncSummary full = sync(preset, store);
                double fullSeconds = (System.nanoTime() - start) / 1e9;
                start = System.nanoTime();
                SyncSummary again = sync(preset, store);
                double againSeconds = (System.nanoTime() - start) / 1e9;
                first = first == 0 ? fullSeconds / full.read() : first;
                BenchReport.line(String.format("| %,d | %,d | %.1f s%s | %,.0f | %.2f | %.1f s, %,d read |", customers,
                        full.read(), fullSeconds, full.failures().isEmpty() ? "" : " (" + full.failures() + ")",
                        full.read() / fullSeconds, fullSeconds / full.read() / first, againSeconds, again.read()));
            }
        }
    }

    private static SyncSummary sync(CxModel model, HistoryStore store) {
        return new SyncEngine(List.of(new JdbcConnector()), Map.of("SUITECRM_PASSWORD", "cxm")::get).run(model, store,
                SyncOptions.defaults());
    }
}
