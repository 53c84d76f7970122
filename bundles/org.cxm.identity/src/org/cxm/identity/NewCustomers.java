package org.cxm.identity;

import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Creates golden customers with one batch instead of a round trip per customer: the bulk of a first load.
 */
final class NewCustomers {

    private NewCustomers() {
    }

    /**
     * On PostgreSQL, {@code count} new customer ids taken from the id column's sequence in one query:
     * pgjdbc sends a batch that returns generated keys one statement per round trip, a batch without them in
     * a few. {@code null} elsewhere (H2 is embedded: there are no round trips to save).
     */
    private static List<Long> reserveIds(Handle handle, int count) {
        try {
            if (!"PostgreSQL".equals(handle.getConnection().getMetaData().getDatabaseProductName())) {
                return null;
            }
        } catch (SQLException e) {
            return null;
        }
        return handle.createQuery("SELECT nextval(pg_get_serial_sequence('customer', 'id'))"
                + " FROM generate_series(1, :count)").bind("count", count).mapTo(Long.class).list();
    }

    /** Inserts golden customers with {@code fields}; returns their ids, in the same order. */
    static List<Long> insertGolden(Handle handle, List<GoldenRecords.Fields> fields) {
        if (fields.isEmpty()) {
            return List.of();
        }
        OffsetDateTime now = OffsetDateTime.now();
        List<Long> reserved = reserveIds(handle, fields.size());
        PreparedBatch golden = handle.prepareBatch("INSERT INTO customer (" + (reserved == null ? "" : "id, ")
                + "display_name, first_name, last_name, company, email, phone, tax_id, created_at, updated_at) VALUES ("
                + (reserved == null ? "" : ":id, ") + ":name, :first, :last, :company, :email, :phone, :tax, :now, :now)");
        for (int i = 0; i < fields.size(); i++) {
            GoldenRecords.Fields field = fields.get(i);
            if (reserved != null) {
                golden.bind("id", reserved.get(i));
            }
            golden.bind("name", field.displayName()).bind("first", field.firstName()).bind("last", field.lastName())
                    .bind("company", field.company()).bind("email", field.email()).bind("phone", field.phone())
                    .bind("tax", field.taxId()).bind("now", now).add();
        }
        List<Long> ids;
        if (reserved != null) {
            golden.execute();
            ids = reserved;
        } else {
            ids = golden.executePreparedBatch("id").mapTo(Long.class).list();
        }
        if (ids.size() != fields.size()) {
            throw new IllegalStateException("The store returned " + ids.size() + " ids for " + fields.size()
                    + " new customers");
        }
        return ids;
    }
}
