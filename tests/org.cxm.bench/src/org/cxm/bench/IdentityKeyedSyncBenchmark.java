package org.cxm.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cxm.history.HistoryStore;
import org.cxm.history.StoreLocation;
import org.cxm.history.internal.DataSources;
import org.cxm.history.internal.Dialect;
import org.cxm.model.CanonicalField;
import org.cxm.model.Channel;
import org.cxm.model.ChannelKind;
import org.cxm.model.ClassificationRule;
import org.cxm.model.Condition;
import org.cxm.model.ConditionOperator;
import org.cxm.model.CxModel;
import org.cxm.model.CxmFactory;
import org.cxm.model.DataSource;
import org.cxm.model.IdentifierKind;
import org.cxm.model.IdentityResolution;
import org.cxm.model.RecordKind;
import org.cxm.model.RecordSource;
import org.cxm.sync.SyncSummary;
import org.cxm.tests.support.TestStores;
import org.junit.jupiter.api.Test;

/**
 * The sync of interactions that carry only an e-mail address and/or a phone number, no customer table
 * ({@link KeyedInteractionSource}): identity resolution, classification to seven channels and the history
 * write, against plain JDBC batch inserts of the same rows into the same store in the same run, then an
 * incremental run after 1% of the rows changed. Reports, asserts nothing about time.
 */
class IdentityKeyedSyncBenchmark {

    private static final List<Long> SIZES = sizes(System.getProperty("cxm.bench.keyedRows", "100000,1000000"));

    private static final int REPEAT = Integer.getInteger("cxm.bench.repeat", 3);

    private static final int BATCH = 2000;

    @Test
    void identityKeyedSyncAgainstRawBatchInserts() throws Exception {
        BenchReport.line("## Identity-keyed sync (interactions with only e-mail/phone), " + REPEAT + " runs a size"
                + " and store, " + BenchReport.machine());
        BenchReport.line("| store | rows | run | raw JDBC batch insert | full sync | ratio | customers | merges"
                + " | incremental (1%) | full / incremental |");
        BenchReport.line("|---|---|---|---|---|---|---|---|---|---|");
        List<String> medians = new ArrayList<>();
        String server = System.getProperty(TestStores.POSTGRES_URL);
        for (long rows : SIZES) {
            try (KeyedInteractionSource source = new KeyedInteractionSource(server, rows)) {
                CxModel model = model(source.url);
                for (String kind : System.getProperty("cxm.bench.stores", "h2,postgresql").split(",")) {
                    List<Double> ratios = new ArrayList<>();
                    List<Double> speedUps = new ArrayList<>();
                    for (int run = 1; run <= REPEAT; run++) {
                        double[] result = measure(kind, rows, run, source, model);
                        ratios.add(result[0]);
                        speedUps.add(result[1]);
                    }
                    medians.add(String.format("| %s | %,d | median of %d | | | %s | | | | %s |", kind, rows, REPEAT,
                            SyncBenchmark.medianAndRange(ratios, "%.2fx"),
                            SyncBenchmark.medianAndRange(speedUps, "%.0fx")));
                }
            }
        }
        medians.forEach(BenchReport::line);
    }

    /** One full sync into a new store, the raw rate, one incremental run; returns {ratio, full / incremental}. */
    private static double[] measure(String kind, long rows, int run, KeyedInteractionSource source, CxModel model)
            throws Exception {
        Path folder = Files.createTempDirectory("cxm-bench-keyed");
        StoreLocation location = kind.equals("h2") ? StoreLocation.embedded(folder.resolve("store"))
                : TestStores.postgres();
        try (HistoryStore store = HistoryStore.open(location)) {
            long start = System.nanoTime();
            SyncSummary full = SyncBenchmark.sync(model, store);
            double fullSeconds = (System.nanoTime() - start) / 1e9;
            SyncBenchmark.settle(store);
            double raw = rawInsertRate(source, store);
            source.touch(0.01);
            SyncBenchmark.settle(store);
            start = System.nanoTime();
            SyncSummary incremental = SyncBenchmark.sync(model, store);
            double incrementalSeconds = (System.nanoTime() - start) / 1e9;
            double syncRate = full.read() / fullSeconds;
            long[] customers = store.jdbi().withHandle(handle -> new long[] {
                    handle.createQuery("SELECT COUNT(*) FROM customer WHERE merged_into IS NULL").mapTo(Long.class).one(),
                    handle.createQuery("SELECT COUNT(*) FROM merge_journal").mapTo(Long.class).one() });
            BenchReport.line(String.format("| %s | %,d | %d | %,.0f rows/s | %,.0f records/s (%,.1f s%s) | %.2fx | %,d"
                    + " | %,d | %,.2f s for %,d changed | %.0fx |", kind, rows, run, raw, syncRate, fullSeconds,
                    failures(full), syncRate / raw, customers[0], customers[1], incrementalSeconds,
                    incremental.read(), fullSeconds / incrementalSeconds));
            return new double[] { syncRate / raw, fullSeconds / incrementalSeconds };
        } finally {
            SyncBenchmark.deleteQuietly(folder);
        }
    }

    private static String failures(SyncSummary summary) {
        return summary.failures().isEmpty() && summary.deadLettered() == 0 ? ""
                : ", " + summary.failures() + ", " + summary.deadLettered() + " dead letters";
    }

    /**
     * Rows per second of plain JDBC batch inserts (2,000 rows a batch and a commit) of the rows the sync
     * wrote, with the same values, read from the same source in the same order, into a copy of the
     * interaction table with its indexes and foreign key, in the same store. The customer of each row is
     * the one the sync resolved, looked up from a map read before the clock starts.
     */
    private static double rawInsertRate(KeyedInteractionSource source, HistoryStore history) throws Exception {
        Map<String, Object[]> written = new HashMap<>();
        history.jdbi().useHandle(handle -> handle.createQuery("SELECT source_record_id, customer_id,"
                + " source_customer_id, channel_element_id, content_hash FROM interaction").setFetchSize(10_000)
                .map((rs, ctx) -> Map.entry(rs.getString(1), new Object[] { rs.getObject(2), rs.getString(3),
                        rs.getString(4), rs.getString(5) }))
                .forEach(entry -> written.put(entry.getKey(), entry.getValue())));
        try (Connection store = DataSources.of(history.location()).getConnection()) {
            SyncBenchmark.createRawTable(store);
            store.setAutoCommit(false);
            source.connection().setAutoCommit(false);
            long start = System.nanoTime();
            long rows = 0;
            try (Statement read = source.connection().createStatement()) {
                read.setFetchSize(BATCH);
                try (ResultSet records = read.executeQuery("SELECT id, channel, kind, occurred_at, subject, summary,"
                        + " amount FROM src_interactions ORDER BY updated_at, id");
                        PreparedStatement insert = store.prepareStatement("INSERT INTO interaction_raw (source_system,"
                                + " source_record_id, record_source, customer_id, source_customer_id, occurred_at, kind,"
                                + " channel, subject, summary, amount, channel_element_id, deleted, content_hash,"
                                + " synced_at) VALUES ('CRM', ?, 'interactions', ?, ?, ?, 'other', ?, ?, ?, ?, ?, FALSE,"
                                + " ?, ?)")) {
                    OffsetDateTime now = OffsetDateTime.now();
                    while (records.next()) {
                        String id = "interactions:" + records.getLong(1);
                        Object[] sync = written.get(id);
                        insert.setString(1, id);
                        insert.setObject(2, sync[0], Types.BIGINT);
                        insert.setString(3, (String) sync[1]);
                        insert.setObject(4, records.getTimestamp(4).toLocalDateTime().atOffset(ZoneOffset.UTC));
                        insert.setString(5, records.getString(2));
                        insert.setString(6, records.getString(5));
                        insert.setString(7, records.getString(6));
                        insert.setBigDecimal(8, records.getBigDecimal(7));
                        insert.setString(9, (String) sync[2]);
                        insert.setString(10, (String) sync[3]);
                        insert.setObject(11, now);
                        insert.addBatch();
                        if (++rows % BATCH == 0) {
                            insert.executeBatch();
                            store.commit();
                        }
                    }
                    insert.executeBatch();
                    store.commit();
                }
            } finally {
                source.connection().commit();
                source.connection().setAutoCommit(true);
            }
            return rows / ((System.nanoTime() - start) / 1e9);
        }
    }

    /**
     * One record source of kind other over {@code src_interactions} with two identity mappings and one
     * classification rule per channel; national phone numbers are Portuguese.
     */
    static CxModel model(String url) {
        CxmFactory factory = CxmFactory.eINSTANCE;
        CxModel model = factory.createCxModel();
        IdentityResolution resolution = factory.createIdentityResolution();
        resolution.setDefaultRegion("PT");
        model.setIdentityResolution(resolution);
        DataSource crm = factory.createDataSource();
        crm.setName("CRM");
        crm.setJdbcUrl(url);
        crm.setUser("cxm");
        RecordSource interactions = factory.createRecordSource();
        interactions.setName("interactions");
        interactions.setTable("src_interactions");
        interactions.setKind(RecordKind.OTHER);
        interactions.getPrimaryKey().add("id");
        interactions.getCursorColumns().add("updated_at");
        interactions.setBatchSize(BATCH);
        for (String[] mapping : new String[][] { { "channel", "CHANNEL" }, { "subject", "SUBJECT" },
                { "summary", "SUMMARY" }, { "occurred_at", "OCCURRED_AT" }, { "amount", "AMOUNT" } }) {
            interactions.getFieldMappings().add(BenchModels.field(mapping[0], CanonicalField.valueOf(mapping[1])));
        }
        interactions.getIdentityMappings().add(BenchModels.identity("customer_email", IdentifierKind.EMAIL));
        interactions.getIdentityMappings().add(BenchModels.identity("customer_phone", IdentifierKind.PHONE));
        ChannelKind[] kinds = { ChannelKind.WEB, ChannelKind.EMAIL, ChannelKind.PHONE, ChannelKind.CHAT,
                ChannelKind.SMS, ChannelKind.SOCIAL, ChannelKind.STORE };
        for (int i = 0; i < kinds.length; i++) {
            Channel channel = factory.createChannel();
            channel.setId("channel-" + KeyedInteractionSource.CHANNELS[i]);
            channel.setName(KeyedInteractionSource.CHANNELS[i]);
            channel.setKind(kinds[i]);
            model.getChannels().add(channel);
            ClassificationRule rule = factory.createClassificationRule();
            rule.setName(KeyedInteractionSource.CHANNELS[i]);
            rule.setChannel(channel);
            Condition condition = factory.createCondition();
            condition.setField(CanonicalField.CHANNEL);
            condition.setOperator(ConditionOperator.EQUALS);
            condition.setValue(KeyedInteractionSource.CHANNELS[i]);
            rule.getConditions().add(condition);
            interactions.getClassificationRules().add(rule);
        }
        crm.getRecordSources().add(interactions);
        model.getDataSources().add(crm);
        return model;
    }

    private static List<Long> sizes(String list) {
        List<Long> sizes = new ArrayList<>();
        for (String size : list.split(",")) {
            sizes.add(Long.parseLong(size.strip()));
        }
        return sizes;
    }
}
