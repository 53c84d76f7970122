package org.cxm.history;

import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * The golden customers ({@code customer}), which identity resolution creates, merges and keeps up to date:
 * new customers, one at a time or a batch at once, the merge chain of {@code merged_into}, and the golden
 * record's fields. Everything runs in the caller's transaction.
 */
public final class CustomerRows {

    /** The fields of a golden record, each taken from the customer's most trusted source that has one. */
    public record Golden(String displayName, String firstName, String lastName, String company, String email,
            String phone, String taxId) {

        /** The fields of a customer none of whose sources has any value (or none that is not deleted). */
        public static final Golden EMPTY = new Golden(null, null, null, null, null, null, null);
    }

    /** That customer {@code merged} is merged into {@code survivor}. */
    public record MergedInto(long merged, long survivor) {
    }

    private static final String SET_MERGED_INTO = "UPDATE customer SET merged_into = :survivor WHERE id = :merged";

    private static final String UPDATE_GOLDEN = "UPDATE customer SET display_name = :name, first_name = :first,"
            + " last_name = :last, company = :company, email = :email, phone = :phone, tax_id = :tax, updated_at = :now"
            + " WHERE id = :id";

    private CustomerRows() {
    }

    /** Creates a customer without golden fields; returns its id. */
    public static long create(Handle handle) {
        OffsetDateTime now = OffsetDateTime.now();
        return handle.createUpdate("INSERT INTO customer (created_at, updated_at) VALUES (:now, :now)")
                .bind("now", now).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    /**
     * Creates customers with {@code golden} in one batch instead of a round trip each, the bulk of a first
     * load; returns their ids, in the same order.
     */
    public static List<Long> insert(Handle handle, List<Golden> golden) {
        if (golden.isEmpty()) {
            return List.of();
        }
        OffsetDateTime now = OffsetDateTime.now();
        List<Long> reserved = reserveIds(handle, golden.size());
        PreparedBatch batch = handle.prepareBatch("INSERT INTO customer (" + (reserved == null ? "" : "id, ")
                + "display_name, first_name, last_name, company, email, phone, tax_id, created_at, updated_at) VALUES ("
                + (reserved == null ? "" : ":id, ") + ":name, :first, :last, :company, :email, :phone, :tax, :now, :now)");
        for (int i = 0; i < golden.size(); i++) {
            if (reserved != null) {
                batch.bind("id", reserved.get(i));
            }
            bindGolden(batch, golden.get(i)).bind("now", now).add();
        }
        List<Long> ids;
        if (reserved != null) {
            batch.execute();
            ids = reserved;
        } else {
            ids = batch.executePreparedBatch("id").mapTo(Long.class).list();
        }
        if (ids.size() != golden.size()) {
            throw new IllegalStateException("The store returned " + ids.size() + " ids for " + golden.size()
                    + " new customers");
        }
        return ids;
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

    /** The customer {@code id} is merged into, one step along the chain; {@code null} when it is active or unknown. */
    public static Long mergedInto(Handle handle, long id) {
        return handle.createQuery("SELECT merged_into FROM customer WHERE id = :id").bind("id", id)
                .mapTo(Long.class).findOne().orElse(null);
    }

    /** Those of {@code ids} that are merged into another customer. */
    public static List<Long> merged(Handle handle, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        InList keys = InList.of(handle, "ids", Long.class, new HashSet<>(ids));
        return keys.bind(handle.createQuery("SELECT id FROM customer WHERE " + keys.matches("id")
                + " AND merged_into IS NOT NULL")).mapTo(Long.class).list();
    }

    /** Marks {@code merged}, and every customer merged into it before, as merged into {@code survivor}. */
    public static void mergeInto(Handle handle, long survivor, long merged) {
        // Two statements, not one with OR, which H2 would answer with a scan of all customers.
        handle.createUpdate("UPDATE customer SET merged_into = :survivor WHERE merged_into = :merged")
                .bind("survivor", survivor).bind("merged", merged).execute();
        mergeNewInto(handle, survivor, merged);
    }

    /** Marks {@code merged}, a customer nothing was merged into yet, as merged into {@code survivor}. */
    public static void mergeNewInto(Handle handle, long survivor, long merged) {
        handle.createUpdate(SET_MERGED_INTO).bind("survivor", survivor).bind("merged", merged).execute();
    }

    /** {@link #mergeNewInto} for each of {@code merges}, in one batch. */
    public static void mergeNewInto(Handle handle, List<MergedInto> merges) {
        if (merges.isEmpty()) {
            return;
        }
        PreparedBatch batch = handle.prepareBatch(SET_MERGED_INTO);
        merges.forEach(merge -> batch.bind("survivor", merge.survivor()).bind("merged", merge.merged()).add());
        batch.execute();
    }

    /** Makes {@code merged} active again. */
    public static void unmerge(Handle handle, long merged) {
        handle.createUpdate("UPDATE customer SET merged_into = NULL WHERE id = :merged").bind("merged", merged)
                .execute();
    }

    /** Writes the golden record of each customer in {@code golden}, in one batch. */
    public static void updateGolden(Handle handle, Map<Long, Golden> golden) {
        if (golden.isEmpty()) {
            return;
        }
        PreparedBatch batch = handle.prepareBatch(UPDATE_GOLDEN);
        OffsetDateTime now = OffsetDateTime.now();
        golden.forEach((id, fields) -> bindGolden(batch, fields).bind("now", now).bind("id", id).add());
        batch.execute();
    }

    private static <S extends SqlStatement<S>> S bindGolden(S statement, Golden golden) {
        return statement.bind("name", golden.displayName()).bind("first", golden.firstName())
                .bind("last", golden.lastName()).bind("company", golden.company()).bind("email", golden.email())
                .bind("phone", golden.phone()).bind("tax", golden.taxId());
    }
}
