package org.cxm.history;

import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * The source customers ({@code source_customer}): what identity resolution writes of each customer record
 * of a source system, under its golden customer, and what the sync reads and marks of them (the golden
 * customer of each, the identifiers the store has, and those the source no longer has). Their identifiers
 * are {@link IdentityRows}. Everything runs in the caller's transaction.
 */
public final class SourceCustomerRows {

    /** One source customer as identity resolution writes it, under golden customer {@code customerId}. */
    public record Row(String system, String sourceId, long customerId, String displayName, String firstName,
            String lastName, String company, int priority, OffsetDateTime updatedAt, boolean deleted,
            String contentHash) {

        /** The values of {@link #COLUMNS}, in that order. */
        private Object[] values() {
            return new Object[] { system, sourceId, customerId, displayName, firstName, lastName, company, priority,
                    updatedAt, deleted, contentHash };
        }
    }

    /**
     * A source customer as stored.
     *
     * @param customerId the golden customer it was resolved to, perhaps merged into another since
     * @param contentHash the hash of the content last written, to tell whether a record read again changed
     */
    public record Stored(String sourceId, long customerId, String displayName, String contentHash) {
    }

    /** What a source customer gives its golden record, in the order of the survivorship strategy. */
    public record Contribution(long customerId, String displayName, String firstName, String lastName,
            String company) {
    }

    /** The order in which source customers contribute to their golden record, most trusted first. */
    public enum Survivorship {
        /** The source of the highest priority (lowest number) first, then the most recently updated. */
        SOURCE_PRIORITY("s.source_priority, s.source_updated_at DESC NULLS LAST"),
        /** The most recently updated source first, then the one of the highest priority. */
        MOST_RECENT("s.source_updated_at DESC NULLS LAST, s.source_priority");

        /** The order of rows of {@code source_customer s}. */
        final String orderBy;

        Survivorship(String orderBy) {
            this.orderBy = orderBy;
        }
    }

    /** The written columns, in the order of {@link Row}; the source customer's identity comes first. */
    private static final String[] COLUMNS = { "source_system", "source_id", "customer_id", "display_name",
            "first_name", "last_name", "company", "source_priority", "source_updated_at", "deleted", "content_hash" };

    private static final String INSERT = "INSERT INTO source_customer (" + String.join(", ", COLUMNS) + ") VALUES (:"
            + String.join(", :", COLUMNS) + ")";

    private static final String UPDATE = "UPDATE source_customer SET "
            + String.join(", ", Arrays.stream(COLUMNS).skip(2).map(c -> c + " = :" + c).toList())
            + " WHERE source_system = :source_system AND source_id = :source_id";

    /** One stored identifier of a source customer: its kind's name and its normalised value. */
    public record Identifier(String sourceId, String kind, String normalizedValue) {
    }

    private SourceCustomerRows() {
    }

    /** Writes {@code row}: replaces the stored row of its source customer, or inserts it when there is none. */
    public static void write(Handle handle, Row row, boolean isNew) {
        int updated = isNew ? 0 : bind(handle.createUpdate(UPDATE), row).execute();
        if (updated == 0) {
            bind(handle.createUpdate(INSERT), row).execute();
        }
    }

    /**
     * Source customers collected and then written at once: new ones together (COPY on PostgreSQL), stored
     * ones with one batch of updates.
     */
    public static final class Batch {

        private final BulkRows inserts = BulkRows.into("source_customer", COLUMNS);

        private final PreparedBatch updates;

        private final Handle handle;

        private Batch(Handle handle) {
            this.handle = handle;
            this.updates = handle.prepareBatch(UPDATE);
        }

        /** Adds the insert of a source customer the store has no row of. */
        public void insert(Row row) {
            inserts.add(row.values());
        }

        /** Adds the update of a source customer the store has a row of. */
        public void update(Row row) {
            bind(updates, row).add();
        }

        /** Writes what was added; updates first. */
        public void write() {
            if (updates.size() > 0) {
                updates.execute();
            }
            try {
                inserts.write(handle);
            } catch (SQLException e) {
                throw new UnableToExecuteStatementException("Cannot write source customers: " + e.getMessage(), e,
                        null);
            }
        }
    }

    /** A batch of source customers to write in {@code handle}'s transaction. */
    public static Batch batch(Handle handle) {
        return new Batch(handle);
    }

    private static <S extends SqlStatement<S>> S bind(S statement, Row row) {
        Object[] values = row.values();
        for (int i = 0; i < COLUMNS.length; i++) {
            statement.bind(COLUMNS[i], values[i]);
        }
        return statement;
    }

    /**
     * What the store has of those of {@code sourceIds} of {@code system}, by source id. Like {@link #find},
     * it looks up by source id alone.
     */
    public static Map<String, Stored> stored(Handle handle, String system, Collection<String> sourceIds) {
        Map<String, Stored> stored = new HashMap<>();
        find(handle, system, sourceIds).forEach(row -> stored.put(row.sourceId(), row));
        return stored;
    }

    /**
     * The source customers of {@code customers} that are not deleted, in {@code survivorship} order, for
     * their golden records.
     */
    public static List<Contribution> contributions(Handle handle, Collection<Long> customers,
            Survivorship survivorship) {
        InList keys = InList.of(handle, "ids", Long.class, customers);
        return keys.bind(handle.createQuery("SELECT s.customer_id, s.display_name, s.first_name, s.last_name,"
                + " s.company FROM source_customer s WHERE " + keys.matches("s.customer_id")
                + " AND s.deleted = FALSE ORDER BY " + survivorship.orderBy))
                .map((rs, ctx) -> new Contribution(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5)))
                .list();
    }

    /** The source customers of golden customer {@code customer}, each as "system SEPARATOR id". */
    public static List<String> keysOf(Handle handle, long customer, String separator) {
        return handle.createQuery("SELECT source_system, source_id FROM source_customer WHERE customer_id = :merged")
                .bind("merged", customer).map((rs, ctx) -> rs.getString(1) + separator + rs.getString(2)).list();
    }

    /** Moves every source customer of golden customer {@code from} to {@code to}; returns how many. */
    public static int moveCustomer(Handle handle, long from, long to) {
        return handle.createUpdate("UPDATE source_customer SET customer_id = :to WHERE customer_id = :from")
                .bind("to", to).bind("from", from).execute();
    }

    /** Moves source customer {@code system}/{@code sourceId} to golden customer {@code customer}. */
    public static void moveTo(Handle handle, String system, String sourceId, long customer) {
        handle.createUpdate("UPDATE source_customer SET customer_id = :customer WHERE source_system = :system"
                + " AND source_id = :id").bind("customer", customer).bind("system", system).bind("id", sourceId)
                .execute();
    }

    /** The golden customer (perhaps merged away since) of those of {@code sourceIds} of {@code system} stored. */
    public static Map<String, Long> customerIds(Handle handle, String system, Collection<String> sourceIds) {
        Map<String, Long> found = new HashMap<>();
        InList ids = InList.of(handle, "ids", String.class, sourceIds);
        ids.bind(handle.createQuery("SELECT source_id, customer_id FROM source_customer WHERE "
                + ids.matches("source_id") + " AND source_system = :system")).bind("system", system)
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getLong(2)))
                .forEach(entry -> found.put(entry.getKey(), entry.getValue()));
        return found;
    }

    /** Those of {@code sourceIds} that {@code system} has stored. */
    public static List<Stored> find(Handle handle, String system, Collection<String> sourceIds) {
        // By source id alone, so that H2 takes the indexes led by it; the system is checked here.
        InList ids = InList.of(handle, "ids", String.class, sourceIds);
        return ids.bind(handle.createQuery("SELECT source_id, source_system, customer_id, display_name, content_hash"
                + " FROM source_customer WHERE " + ids.matches("source_id")))
                .map((rs, ctx) -> system.equals(rs.getString(2))
                        ? new Stored(rs.getString(1), rs.getLong(3), rs.getString(4), rs.getString(5)) : null)
                .stream().filter(stored -> stored != null).toList();
    }

    /** The stored identifiers of those of {@code sourceIds} of {@code system}, in the order they were stored. */
    public static List<Identifier> identifiers(Handle handle, String system, Collection<String> sourceIds) {
        InList ids = InList.of(handle, "ids", String.class, sourceIds);
        return ids.bind(handle.createQuery("SELECT source_id, source_system, kind, normalized_value"
                + " FROM customer_identity WHERE " + ids.matches("source_id") + " ORDER BY id"))
                .map((rs, ctx) -> system.equals(rs.getString(2))
                        ? new Identifier(rs.getString(1), rs.getString(3), rs.getString(4)) : null)
                .stream().filter(identifier -> identifier != null).toList();
    }

    /** The ids of the source customers of {@code system} that are not marked deleted. */
    public static List<String> liveIds(Handle handle, String system) {
        return handle.createQuery("SELECT source_id FROM source_customer WHERE source_system = :system"
                + " AND deleted = FALSE").bind("system", system).mapTo(String.class).list();
    }

    /** Marks deleted those of {@code sourceIds} of {@code system} that are not yet; returns how many. */
    public static int markDeleted(Handle handle, String system, Collection<String> sourceIds) {
        if (sourceIds.isEmpty()) {
            return 0;
        }
        return handle.createUpdate("UPDATE source_customer SET deleted = TRUE WHERE source_system = :system"
                + " AND deleted = FALSE AND source_id IN (<ids>)").bind("system", system)
                .bindList("ids", sourceIds).execute();
    }
}
