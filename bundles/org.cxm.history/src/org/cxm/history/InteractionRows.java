package org.cxm.history;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jdbi.v3.core.Handle;

/**
 * The writes of the {@code interaction} table, which the sync makes and {@link CustomerViews} reads: the
 * stored state of a batch's records, a batch of new and changed rows, records marked deleted,
 * interactions linked to a customer that arrived after them, and interactions moved with merges of their
 * customers. Everything runs in the caller's transaction.
 */
public final class InteractionRows {

    /**
     * One interaction as the sync writes it. {@code occurredAt}, {@code amount}, {@code surveyScore} and
     * {@code dueAt} are the mapped source values (a {@code java.time} value, a number, or {@code null}).
     */
    public record Row(String recordSource, Long customerId, String sourceCustomerId, Object occurredAt, String kind,
            String channel, String direction, String subject, String summary, String status, Object amount,
            String currency, Object surveyScore, String paymentStatus, Object dueAt, String channelElementId,
            String touchpointElementId, String stageElementId, boolean deleted, String contentHash,
            OffsetDateTime syncedAt, String sourceSystem, String sourceRecordId) {

        /** The values of {@link #COLUMNS}, in that order. */
        private Object[] values() {
            return new Object[] { recordSource, customerId, sourceCustomerId, occurredAt, kind, channel, direction,
                    subject, summary, status, amount, currency, surveyScore, paymentStatus, dueAt, channelElementId,
                    touchpointElementId, stageElementId, deleted, contentHash, syncedAt, sourceSystem,
                    sourceRecordId };
        }
    }

    /** What the store already has of a record: its content hash and whether it is marked deleted. */
    public record Stored(String hash, boolean deleted) {
    }

    /** The written columns, in the order of {@link Row}; the record's identity comes last. */
    private static final String[] COLUMNS = { "record_source", "customer_id", "source_customer_id", "occurred_at",
            "kind", "channel", "direction", "subject", "summary", "status", "amount", "currency", "survey_score",
            "payment_status", "due_at", "channel_element_id", "touchpoint_element_id", "stage_element_id", "deleted",
            "content_hash", "synced_at", "source_system", "source_record_id" };

    /** The SQL types of {@link #COLUMNS}, to bind a null. */
    private static final int[] TYPES = { Types.VARCHAR, Types.BIGINT, Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE,
            Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.NUMERIC,
            Types.VARCHAR, Types.DOUBLE, Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE, Types.VARCHAR, Types.VARCHAR,
            Types.VARCHAR, Types.BOOLEAN, Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE, Types.VARCHAR, Types.VARCHAR };

    private static final String UPDATE = "UPDATE interaction SET "
            + String.join(" = ?, ", Arrays.copyOf(COLUMNS, COLUMNS.length - 2))
            + " = ? WHERE source_system = ? AND source_record_id = ?";

    private InteractionRows() {
    }

    /** What the store has of those of {@code sourceRecordIds} of {@code system} it knows, by source record id. */
    public static Map<String, Stored> stored(Handle handle, String system, List<String> sourceRecordIds) {
        Map<String, Stored> stored = new HashMap<>();
        InList ids = InList.of(handle, "ids", String.class, sourceRecordIds);
        ids.bind(handle.createQuery("SELECT source_record_id, content_hash, deleted FROM interaction WHERE "
                + ids.matches("source_record_id") + " AND source_system = :system")).bind("system", system)
                .map((rs, ctx) -> Map.entry(rs.getString(1), new Stored(rs.getString(2), rs.getBoolean(3))))
                .forEach(entry -> stored.put(entry.getKey(), entry.getValue()));
        return stored;
    }

    /**
     * A batch of rows to write in {@code handle}'s transaction: new ones at once ({@link BulkRows}: COPY on
     * PostgreSQL), changed ones in one JDBC batch. Close it after {@link Batch#write}.
     */
    public static Batch batch(Handle handle) throws SQLException {
        return new Batch(handle);
    }

    /** The new and changed rows of one batch; see {@link InteractionRows#batch}. */
    public static final class Batch implements AutoCloseable {

        private final Handle handle;

        private final BulkRows inserts = BulkRows.into("interaction", COLUMNS);

        private final PreparedStatement updates;

        private int updateCount;

        private Batch(Handle handle) throws SQLException {
            this.handle = handle;
            this.updates = handle.getConnection().prepareStatement(UPDATE);
        }

        public void insert(Row row) {
            inserts.add(row.values());
        }

        /** Replaces the stored row of the same record with {@code row}. */
        public void update(Row row) throws SQLException {
            Object[] values = row.values();
            for (int i = 0; i < values.length; i++) {
                if (values[i] == null) {
                    updates.setNull(i + 1, TYPES[i]);
                } else {
                    updates.setObject(i + 1, values[i]);
                }
            }
            updates.addBatch();
            updateCount++;
        }

        /** Writes the rows; a record inserted that the store has already fails with SQL state 23505. */
        public void write() throws SQLException {
            inserts.write(handle);
            if (updateCount > 0) {
                updates.executeBatch();
                updateCount = 0;
            }
        }

        @Override
        public void close() throws SQLException {
            updates.close();
        }
    }

    /** The ids of the records of {@code recordSource} of {@code system} that are not marked deleted. */
    public static List<String> liveIds(Handle handle, String system, String recordSource) {
        return handle.createQuery("SELECT source_record_id FROM interaction WHERE source_system = :system"
                + " AND deleted = FALSE AND record_source = :source").bind("system", system)
                .bind("source", recordSource).mapTo(String.class).list();
    }

    /** Marks deleted those of {@code sourceRecordIds} of {@code system} that are not yet; returns how many. */
    public static int markDeleted(Handle handle, String system, Collection<String> sourceRecordIds) {
        if (sourceRecordIds.isEmpty()) {
            return 0;
        }
        return handle.createUpdate("UPDATE interaction SET deleted = TRUE WHERE source_system = :system"
                + " AND deleted = FALSE AND source_record_id IN (<ids>)").bind("system", system)
                .bindList("ids", sourceRecordIds).execute();
    }

    /** Links the interactions of {@code system} to their customer once it exists (customers may come later). */
    public static void linkOrphans(Handle handle, String system) {
        handle.createUpdate("UPDATE interaction SET customer_id = (SELECT COALESCE(c.merged_into, c.id)"
                + " FROM source_customer s JOIN customer c ON c.id = s.customer_id"
                + " WHERE s.source_system = interaction.source_system AND s.source_id = interaction.source_customer_id)"
                + " WHERE customer_id IS NULL AND source_system = :system AND source_customer_id IS NOT NULL")
                .bind("system", system).execute();
    }

    /** Moves every interaction of golden customer {@code from} to {@code to}, with a merge; returns how many. */
    public static int moveCustomer(Handle handle, long from, long to) {
        return handle.createUpdate("UPDATE interaction SET customer_id = :to WHERE customer_id = :from")
                .bind("to", to).bind("from", from).execute();
    }

    /** Moves the interactions of source customer {@code system}/{@code sourceId} to golden customer {@code customer}. */
    public static void moveTo(Handle handle, String system, String sourceId, long customer) {
        handle.createUpdate("UPDATE interaction SET customer_id = :customer WHERE source_system = :system"
                + " AND source_customer_id = :id").bind("customer", customer).bind("system", system)
                .bind("id", sourceId).execute();
    }
}
