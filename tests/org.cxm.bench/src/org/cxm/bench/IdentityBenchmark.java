package org.cxm.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.cxm.history.HistoryStore;
import org.cxm.history.StoreLocation;
import org.cxm.model.CanonicalField;
import org.cxm.model.CxModel;
import org.cxm.model.CxmFactory;
import org.cxm.model.DataSource;
import org.cxm.model.IdentifierKind;
import org.cxm.model.RecordKind;
import org.cxm.model.RecordSource;
import org.cxm.sync.SyncSummary;
import org.cxm.tests.support.TestStores;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * Identity resolution at growing sizes: customers of three systems (CRM, ERP, support desk), a third of
 * the identities each, each with an e-mail address and a phone number. One ERP partner in ten has the
 * CRM's e-mail address (in other case and with blanks), one in ten the CRM's phone number with another
 * e-mail address, and one support user in ten the CRM's e-mail address: about 7% of the identities merge
 * with another. Reports time per size; the target is near-linear growth.
 */
class IdentityBenchmark {

    private static final List<Long> SIZES = List.of(Long.getLong("cxm.bench.identities", 1_000_000) / 4,
            Long.getLong("cxm.bench.identities", 1_000_000) / 2, Long.getLong("cxm.bench.identities", 1_000_000));

    private static final int BATCH = 2000;

    @Test
    void identityResolutionGrowsLinearly() throws Exception {
        BenchReport.line("## Identity resolution, three systems, " + BenchReport.machine());
        BenchReport.line("| store | identities | customers | merges | time | identities/s | time growth / size growth |");
        BenchReport.line("|---|---|---|---|---|---|---|");
        for (String kind : List.of(System.getProperty("cxm.bench.stores", "h2,postgresql").split(","))) {
            double first = 0;
            for (long size : SIZES) {
                Path folder = Files.createTempDirectory("cxm-identities");
                String url = createSources(folder, size / 3);
                StoreLocation location = kind.equals("h2") ? StoreLocation.embedded(folder.resolve("store"))
                        : TestStores.postgres();
                try (HistoryStore store = HistoryStore.open(location)) {
                    long start = System.nanoTime();
                    SyncSummary summary = SyncBenchmark.sync(model(url), store);
                    double seconds = (System.nanoTime() - start) / 1e9;
                    long customers = store.jdbi().withHandle(handle -> handle.createQuery(
                            "SELECT COUNT(*) FROM customer WHERE merged_into IS NULL").mapTo(Long.class).one());
                    first = first == 0 ? seconds / size : first;
                    BenchReport.line(String.format("| %s | %,d | %,d | %,d | %.1f s%s | %,.0f | %.2f |", kind,
                            summary.read(), customers, summary.merged(), seconds,
                            summary.failures().isEmpty() ? "" : " (" + summary.failures() + ")", summary.read() / seconds,
                            seconds / size / first));
                }
            }
        }
    }

    /** Three tables of {@code perSystem} customers each in one H2 file database; returns its URL. */
    private static String createSources(Path folder, long perSystem) throws SQLException {
        String url = "jdbc:h2:file:" + folder.resolve("sources").toAbsolutePath();
        JdbcDataSource source = new JdbcDataSource();
        source.setURL(url);
        source.setUser("sa");
        try (Connection connection = source.getConnection(); Statement sql = connection.createStatement()) {
            String range = " FROM SYSTEM_RANGE(1, " + perSystem + ")";
            String modified = "TIMESTAMP '2025-01-01 00:00:00' + X * INTERVAL '1' SECOND";
            sql.execute("CREATE TABLE crm_contacts AS SELECT 'c' || X AS id, 'First' || X AS first_name, 'Last' || X"
                    + " AS last_name, 'person' || X || '@example.com' AS email, '+4420' || LPAD(X, 8, '0') AS phone, "
                    + modified + " AS date_modified" + range);
            sql.execute("CREATE TABLE erp_partners AS SELECT X AS id, 'First' || X || ' Last' || X AS name,"
                    + " CASEWHEN(MOD(X, 10) = 0, ' Person' || X || '@Example.com', 'erp' || X || '@example.net') AS email,"
                    + " CASEWHEN(MOD(X, 10) = 5, '+44 20 ' || LPAD(X, 8, '0'), '+4430' || LPAD(X, 8, '0')) AS phone, "
                    + modified + " AS date_modified" + range);
            sql.execute("CREATE TABLE support_users AS SELECT X AS id, 'User ' || X AS name,"
                    + " CASEWHEN(MOD(X, 10) = 3, 'person' || X || '@example.com', 'help' || X || '@example.org') AS email,"
                    + " '+4440' || LPAD(X, 8, '0') AS phone, " + modified + " AS date_modified" + range);
            for (String table : List.of("crm_contacts", "erp_partners", "support_users")) {
                sql.execute("CREATE INDEX " + table + "_cursor ON " + table + " (date_modified, id)");
            }
        }
        return url;
    }

    private static CxModel model(String url) {
        CxModel model = CxmFactory.eINSTANCE.createCxModel();
        model.getDataSources().add(system("CRM", url, "crm_contacts", CanonicalField.FIRST_NAME, "first_name"));
        model.getDataSources().add(system("ERP", url, "erp_partners", CanonicalField.DISPLAY_NAME, "name"));
        model.getDataSources().add(system("Support", url, "support_users", CanonicalField.DISPLAY_NAME, "name"));
        return model;
    }

    private static DataSource system(String name, String url, String table, CanonicalField nameField,
            String nameColumn) {
        DataSource system = CxmFactory.eINSTANCE.createDataSource();
        system.setName(name);
        system.setJdbcUrl(url);
        system.setUser("sa");
        RecordSource customers = BenchModels.recordSource(table, RecordKind.CUSTOMER, BATCH);
        customers.getFieldMappings().add(BenchModels.field(nameColumn, nameField));
        customers.getIdentityMappings().add(BenchModels.identity("email", IdentifierKind.EMAIL));
        customers.getIdentityMappings().add(BenchModels.identity("phone", IdentifierKind.PHONE));
        system.getRecordSources().add(customers);
        return system;
    }
}
