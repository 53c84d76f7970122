package org.cxm.history;

import java.sql.SQLException;
import java.util.Collection;
import java.util.List;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * The identifiers of source customers ({@code customer_identity}), by which identity resolution matches
 * them: written with their source customer (see {@link SourceCustomerRows}), looked up by value, moved
 * with merges. Only identifiers of source customers that are not deleted match. Everything runs in the
 * caller's transaction.
 */
public final class IdentityRows {

    /** One identifier of a source customer: the name of its kind and its normalised value. */
    public record Row(long customerId, String system, String sourceId, String kind, String value) {
    }

    /** A stored identifier {@code value} held by source customer {@code system}/{@code sourceId}. */
    public record Holder(String value, long customerId, String system, String sourceId) {
    }

    /** A golden customer's identifier, in the order its golden record takes them. */
    public record Contribution(long customerId, String kind, String value) {
    }

    private static final String[] COLUMNS = { "customer_id", "source_system", "source_id", "kind",
            "normalized_value" };

    private static final String DELETE = "DELETE FROM customer_identity WHERE source_system = :system"
            + " AND source_id = :id";

    private IdentityRows() {
    }

    /**
     * Identifiers collected and then written at once (COPY on PostgreSQL), after the removal of those that
     * the source customers rewritten had before.
     */
    public static final class Batch {

        private final BulkRows inserts = BulkRows.into("customer_identity", COLUMNS);

        private final PreparedBatch forget;

        private final Handle handle;

        private Batch(Handle handle) {
            this.handle = handle;
            this.forget = handle.prepareBatch(DELETE);
        }

        /** Removes the stored identifiers of source customer {@code system}/{@code sourceId}, before new ones. */
        public void forget(String system, String sourceId) {
            forget.bind("system", system).bind("id", sourceId).add();
        }

        public void insert(Row row) {
            inserts.add(row.customerId(), row.system(), row.sourceId(), row.kind(), row.value());
        }

        /** Removes what was to be forgotten, then inserts the identifiers added. */
        public void write() {
            if (forget.size() > 0) {
                forget.execute();
            }
            try {
                inserts.write(handle);
            } catch (SQLException e) {
                throw new UnableToExecuteStatementException("Cannot write identifiers of source customers: "
                        + e.getMessage(), e, null);
            }
        }
    }

    /** A batch of identifiers to write in {@code handle}'s transaction. */
    public static Batch batch(Handle handle) {
        return new Batch(handle);
    }

    /**
     * The identifiers of kind {@code kind} with one of {@code values} held by source customers that are not
     * deleted, with their holders.
     */
    public static List<Holder> holders(Handle handle, String kind, Collection<String> values) {
        InList keys = InList.of(handle, "values", String.class, values);
        return keys.bind(handle.createQuery("SELECT i.normalized_value, i.customer_id, i.source_system, i.source_id"
                + " FROM customer_identity i JOIN source_customer s ON s.source_system = i.source_system"
                + " AND s.source_id = i.source_id WHERE " + keys.matches("i.normalized_value")
                + " AND i.kind = :kind AND s.deleted = FALSE")).bind("kind", kind)
                .map((rs, ctx) -> new Holder(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    /**
     * The golden customers (not followed through merges) of the source customers other than
     * {@code system}/{@code sourceId}, not deleted, that have a value of every one of {@code kinds}: the
     * value at the same position of {@code values}. In the order found.
     */
    public static List<Long> customersWith(Handle handle, List<String> kinds, List<String> values, String system,
            String sourceId) {
        StringBuilder sql = new StringBuilder("SELECT DISTINCT i0.customer_id FROM customer_identity i0");
        for (int i = 1; i < kinds.size(); i++) {
            sql.append(" JOIN customer_identity i").append(i).append(" ON i").append(i)
                    .append(".source_system = i0.source_system AND i").append(i).append(".source_id = i0.source_id")
                    .append(" AND i").append(i).append(".kind = :kind").append(i).append(" AND i").append(i)
                    .append(".normalized_value = :value").append(i);
        }
        sql.append(" JOIN source_customer s ON s.source_system = i0.source_system AND s.source_id = i0.source_id")
                .append(" WHERE i0.kind = :kind0 AND i0.normalized_value = :value0 AND s.deleted = FALSE")
                .append(" AND NOT (i0.source_system = :system AND i0.source_id = :id)");
        Query query = handle.createQuery(sql.toString()).bind("system", system).bind("id", sourceId);
        for (int i = 0; i < kinds.size(); i++) {
            query.bind("kind" + i, kinds.get(i)).bind("value" + i, values.get(i));
        }
        return query.mapTo(Long.class).list();
    }

    /**
     * The identifiers of the source customers of {@code customers} that are not deleted, their sources in
     * {@code survivorship} order, then the oldest identifier first.
     */
    public static List<Contribution> contributions(Handle handle, Collection<Long> customers,
            SourceCustomerRows.Survivorship survivorship) {
        InList keys = InList.of(handle, "ids", Long.class, customers);
        return keys.bind(handle.createQuery("SELECT i.customer_id, i.kind, i.normalized_value FROM customer_identity i"
                + " JOIN source_customer s ON s.source_system = i.source_system AND s.source_id = i.source_id"
                + " WHERE " + keys.matches("i.customer_id") + " AND s.deleted = FALSE ORDER BY "
                + survivorship.orderBy + ", i.id"))
                .map((rs, ctx) -> new Contribution(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
    }

    /**
     * Every identifier of a source customer that is not deleted, with the active golden customer it
     * belongs to (one merge step followed: merges repoint every customer merged before).
     */
    public static List<Row> live(Handle handle) {
        return handle.createQuery("SELECT COALESCE(c.merged_into, c.id), i.source_system, i.source_id, i.kind,"
                + " i.normalized_value FROM customer_identity i JOIN source_customer s"
                + " ON s.source_system = i.source_system AND s.source_id = i.source_id AND s.deleted = FALSE"
                + " JOIN customer c ON c.id = i.customer_id")
                .map((rs, ctx) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5)))
                .list();
    }

    /** Moves every identifier of golden customer {@code from} to {@code to}; returns how many. */
    public static int moveCustomer(Handle handle, long from, long to) {
        return handle.createUpdate("UPDATE customer_identity SET customer_id = :to WHERE customer_id = :from")
                .bind("to", to).bind("from", from).execute();
    }

    /** Moves the identifiers of source customer {@code system}/{@code sourceId} to golden customer {@code customer}. */
    public static void moveTo(Handle handle, String system, String sourceId, long customer) {
        handle.createUpdate("UPDATE customer_identity SET customer_id = :customer WHERE source_system = :system"
                + " AND source_id = :id").bind("customer", customer).bind("system", system).bind("id", sourceId)
                .execute();
    }
}
