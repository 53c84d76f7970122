package org.cxm.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.cxm.connector.jdbc.internal.JdbcConnector;
import org.cxm.history.HistoryStore;
import org.cxm.history.StoreLocation;
import org.cxm.history.internal.DataSources;
import org.cxm.model.CanonicalField;
import org.cxm.model.CxModel;
import org.cxm.model.CxmFactory;
import org.cxm.model.DataSource;
import org.cxm.model.IdentifierKind;
import org.cxm.model.RecordKind;
import org.cxm.model.RecordSource;
import org.cxm.sync.SyncEngine;
import org.cxm.sync.SyncOptions;
import org.cxm.sync.SyncSummary;
import org.cxm.tests.support.TestStores;
import org.junit.jupiter.api.Test;

/**
 * Benchmarks of the targets, run with the bench profile. They measure and report (in
 * target/benchmarks.md); they assert nothing about time, which depends on the machine.
 */
class SyncBenchmark {

    private static final long ROWS = Long.getLong("cxm.bench.rows", 1_000_000);

    private static final long TIMELINE_ROWS = Long.getLong("cxm.bench.timelineRows", 10_000_000);

    private static final int BATCH = 2000;

    /** Full and incremental syncs measured per store, each into a new store. */
    private static final int REPEAT = Integer.getInteger("cxm.bench.repeat", 3);

    /**
     * Full sync against the raw rate, then an incremental run after 1% of the calls changed, {@link #REPEAT}
     * times a store into a new store each time (the same source): one run's ratio moves by a tenth or more
     * with what the disk and the JIT happen to do, so the figure is the median run.
     */
    @Test
    void fullAndIncrementalSyncAgainstRawBatchInserts() throws Exception {
        BenchReport.line("## Sync of " + ROWS + " calls (" + (ROWS / 100) + " contacts), " + REPEAT + " runs a store, "
                + BenchReport.machine());
        BenchReport.line("| store | run | raw JDBC batch insert | full sync | ratio | incremental (1%)"
                + " | full / incremental |");
        BenchReport.line("|---|---|---|---|---|---|---|");
        List<String> medians = new ArrayList<>();
        for (String kind : System.getProperty("cxm.bench.stores", "h2,postgresql").split(",")) {
            List<Double> ratios = new ArrayList<>();
            List<Double> speedUps = new ArrayList<>();
            try (BenchSource source = new BenchSource(Files.createTempDirectory("cxm-bench"), ROWS)) {
                CxModel model = model(source.url);
                for (int run = 1; run <= REPEAT; run++) {
                    Path folder = Files.createTempDirectory("cxm-bench");
                    StoreLocation location = kind.equals("h2") ? StoreLocation.embedded(folder.resolve("store"))
                            : TestStores.postgres();
                    try (HistoryStore store = HistoryStore.open(location)) {
                        long start = System.nanoTime();
                        SyncSummary full = sync(model, store);
                        double fullSeconds = (System.nanoTime() - start) / 1e9;
                        settle(store);
                        double raw = rawInsertRate(source, store);
                        source.touch(0.01);
                        settle(store);
                        start = System.nanoTime();
                        SyncSummary incremental = sync(model, store);
                        double incrementalSeconds = (System.nanoTime() - start) / 1e9;
                        double syncRate = full.read() / fullSeconds;
                        ratios.add(syncRate / raw);
                        speedUps.add(fullSeconds / incrementalSeconds);
                        BenchReport.line(String.format("| %s | %d | %,.0f rows/s | %,.0f records/s (%,.1f s,"
                                + " %d failures) | %.2fx | %,.1f s for %,d changed | %.0fx |", kind, run, raw, syncRate,
                                fullSeconds,
                                full.failures().size(), syncRate / raw, incrementalSeconds, incremental.read(),
                                fullSeconds / incrementalSeconds));
                    } finally {
                        deleteQuietly(folder);
                    }
                }
            }
            medians.add(String.format("| %s | median of %d | | | %s | | %s |", kind, REPEAT,
                    medianAndRange(ratios, "%.2fx"), medianAndRange(speedUps, "%.0fx")));
        }
        medians.forEach(BenchReport::line);
    }

    /**
     * Lets the store finish the upkeep a million new rows cause before the next measurement, instead of
     * measuring whichever run PostgreSQL's autovacuum happens to overlap: VACUUM ANALYZE there, ANALYZE on H2.
     */
    static void settle(HistoryStore store) {
        store.jdbi().useHandle(handle -> handle.execute(store.location().isPostgresql() ? "VACUUM ANALYZE"
                : "ANALYZE"));
    }

    /** "median (lowest to highest)" of {@code values}, each in {@code format}. */
    static String medianAndRange(List<Double> values, String format) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        double median = sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
        return String.format(format + " (" + format + " to " + format + ")", median, sorted.get(0),
                sorted.get(sorted.size() - 1));
    }

    @Test
    void timelineOfOneCustomerInALargeStore() throws Exception {
        BenchReport.line("## Timeline of one customer among " + TIMELINE_ROWS + " interactions, " + BenchReport.machine());
        BenchReport.line("| store | customers | queries | p50 | p99 | max |");
        BenchReport.line("|---|---|---|---|---|---|");
        for (String kind : List.of("h2", "postgresql")) {
            Path folder = Files.createTempDirectory("cxm-bench");
            StoreLocation location = kind.equals("h2") ? StoreLocation.embedded(folder.resolve("store"))
                    : TestStores.postgres();
            HistoryStore store = HistoryStore.open(location);
            long customers = TIMELINE_ROWS / 100;
            fillTimelines(store, kind, customers, TIMELINE_ROWS);
            Random random = new Random(42);
            for (int i = 0; i < 200; i++) {
                store.timeline(1 + random.nextInt((int) customers), 50);
            }
            int queries = 2000;
            long[] nanos = new long[queries];
            for (int i = 0; i < queries; i++) {
                long id = 1 + random.nextInt((int) customers);
                long start = System.nanoTime();
                store.timeline(id, 50);
                nanos[i] = System.nanoTime() - start;
            }
            java.util.Arrays.sort(nanos);
            BenchReport.line(String.format("| %s | %,d | %d | %.2f ms | %.2f ms | %.2f ms |", kind, customers, queries,
                    nanos[queries / 2] / 1e6, nanos[queries * 99 / 100] / 1e6, nanos[queries - 1] / 1e6));
        }
    }

    /**
     * Rows per second of plain JDBC batch inserts of the rows the sync wrote (the same calls read from the
     * same source, with the same values) into a copy of the interaction table with the same indexes and
     * foreign key, in the same store. Runs after the full sync, whose customers the rows refer to.
     */
    private static double rawInsertRate(BenchSource source, HistoryStore history) throws Exception {
        Map<String, Long> customers = new HashMap<>();
        history.jdbi().useHandle(handle -> handle.createQuery("SELECT source_id, customer_id FROM source_customer")
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getLong(2)))
                .forEach(entry -> customers.put(entry.getKey(), entry.getValue())));
        try (Connection store = DataSources.of(history.location()).getConnection();
                Statement read = source.connection().createStatement()) {
            createRawTable(store);
            store.setAutoCommit(false);
            long start = System.nanoTime();
            long rows = 0;
            try (ResultSet calls = read.executeQuery("SELECT id, parent_id, name, description, date_start, direction,"
                    + " status FROM calls ORDER BY date_modified, id");
                    PreparedStatement insert = store.prepareStatement("INSERT INTO interaction_raw (id, source_system,"
                            + " source_record_id, record_source, customer_id, source_customer_id, occurred_at, kind,"
                            + " direction, subject, summary, status, deleted, content_hash, synced_at) VALUES (?, 'CRM',"
                            + " ?, 'calls', ?, ?, ?, 'call', ?, ?, ?, ?, FALSE, ?, ?)")) {
                OffsetDateTime now = OffsetDateTime.now();
                while (calls.next()) {
                    String customer = "contacts:" + calls.getString(2);
                    insert.setLong(1, ++rows);
                    insert.setString(2, "calls:" + calls.getString(1));
                    insert.setLong(3, customers.get(customer));
                    insert.setString(4, customer);
                    insert.setObject(5, calls.getTimestamp(5).toLocalDateTime().atOffset(ZoneOffset.UTC));
                    insert.setString(6, calls.getString(6));
                    insert.setString(7, calls.getString(3));
                    insert.setString(8, calls.getString(4));
                    insert.setString(9, calls.getString(7));
                    insert.setString(10, String.format("%032x", rows));
                    insert.setObject(11, now);
                    insert.addBatch();
                    if (rows % BATCH == 0) {
                        insert.executeBatch();
                        store.commit();
                    }
                }
                insert.executeBatch();
                store.commit();
            }
            return rows / ((System.nanoTime() - start) / 1e9);
        }
    }

    /** A copy of the interaction table with its unique key, indexes and foreign key, for the raw baseline. */
    static void createRawTable(Connection store) throws SQLException {
        try (Statement ddl = store.createStatement()) {
            ddl.execute("CREATE TABLE interaction_raw AS SELECT * FROM interaction WHERE 1 = 0");
            ddl.execute("ALTER TABLE interaction_raw ADD FOREIGN KEY (customer_id) REFERENCES customer (id)");
            ddl.execute("CREATE UNIQUE INDEX interaction_raw_unique ON interaction_raw (source_record_id, source_system)");
            ddl.execute("CREATE INDEX interaction_raw_timeline ON interaction_raw (customer_id, occurred_at DESC, id DESC)");
            ddl.execute("CREATE INDEX interaction_raw_by_source_customer ON interaction_raw (source_system,"
                    + " source_customer_id)");
        }
    }

    /** Deletes {@code folder} and what it holds, so that repeated runs do not fill the disk; best effort. */
    static void deleteQuietly(Path folder) {
        try (var paths = Files.walk(folder)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (java.io.IOException e) {
            BenchReport.line("(could not delete " + folder + ": " + e.getMessage() + ")");
        }
    }

    static SyncSummary sync(CxModel model, HistoryStore store) {
        return new SyncEngine(List.of(new JdbcConnector()), Map.<String, String>of()::get).run(model, store,
                SyncOptions.defaults());
    }

    /** {@code customers} customers with {@code rows / customers} interactions each, inserted with set-based SQL. */
    static void fillTimelines(HistoryStore store, String kind, long customers, long rows) {
        String series = kind.equals("h2") ? "SYSTEM_RANGE(1, %d)" : "generate_series(1, %d) AS t(x)";
        String x = kind.equals("h2") ? "X" : "x";
        store.jdbi().useHandle(handle -> {
            handle.execute("INSERT INTO customer (id, display_name, created_at, updated_at) SELECT " + x + ", 'Customer '"
                    + " || " + x + ", CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM " + String.format(series, customers));
            for (long from = 0; from < rows; from += 1_000_000) {
                long to = Math.min(rows, from + 1_000_000);
                handle.execute("INSERT INTO interaction (source_system, source_record_id, record_source, customer_id,"
                        + " occurred_at, kind, subject, deleted, content_hash, synced_at) SELECT 'CRM', 'calls:' || " + x
                        + ", 'calls', MOD(" + x + ", " + customers + ") + 1, TIMESTAMP WITH TIME ZONE"
                        + " '2024-01-01 00:00:00+00' + " + x + " * INTERVAL '1' SECOND, 'call', 'Call ' || " + x
                        + ", FALSE, '', CURRENT_TIMESTAMP FROM " + String.format(series.replace("1, %d", (from + 1)
                                + ", %d"), to));
            }
            handle.execute(kind.equals("h2") ? "ANALYZE" : "ANALYZE interaction");
        });
    }

    private static CxModel model(String url) {
        CxmFactory factory = CxmFactory.eINSTANCE;
        CxModel model = factory.createCxModel();
        DataSource crm = factory.createDataSource();
        crm.setName("CRM");
        crm.setJdbcUrl(url);
        crm.setUser("sa");
        RecordSource contacts = BenchModels.recordSource("contacts", RecordKind.CUSTOMER, BATCH);
        contacts.getIdentityMappings().add(BenchModels.identity("email1", IdentifierKind.EMAIL));
        contacts.getFieldMappings().add(BenchModels.field("first_name", CanonicalField.FIRST_NAME));
        contacts.getFieldMappings().add(BenchModels.field("last_name", CanonicalField.LAST_NAME));
        RecordSource calls = BenchModels.recordSource("calls", RecordKind.CALL, BATCH);
        calls.setCustomerSource(contacts);
        for (String[] mapping : new String[][] { { "parent_id", "CUSTOMER_REF" }, { "name", "SUBJECT" },
                { "description", "SUMMARY" }, { "date_start", "OCCURRED_AT" }, { "direction", "DIRECTION" },
                { "status", "STATUS" } }) {
            calls.getFieldMappings().add(BenchModels.field(mapping[0], CanonicalField.valueOf(mapping[1])));
        }
        crm.getRecordSources().addAll(new ArrayList<>(List.of(contacts, calls)));
        model.getDataSources().add(crm);
        return model;
    }
}
