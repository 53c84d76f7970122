package org.cxm.history;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * The journal of customer merges ({@code merge_journal}), which says for each merge why it happened and
 * what moved so that it can be undone, and the pairs of customers that must never merge again
 * ({@code merge_block}) because a merge of them was undone. Everything runs in the caller's transaction.
 */
public final class MergeJournal {

    /**
     * One merge: customer {@code merged} into {@code survivor}, by {@code rule} on the identifier (or the
     * pair of identifiers) {@code identifierKind}/{@code identifierValue}; it moved {@code identities}
     * identities, the source customers {@code moved} (each "system SEPARATOR id") and {@code interactions}
     * interactions.
     */
    public record Entry(OffsetDateTime at, long survivor, long merged, String rule, String identifierKind,
            String identifierValue, int identities, List<String> moved, int interactions) {
    }

    /** What undoing a journaled merge needs; {@code undone} when it was undone already. */
    public record Stored(long survivor, long merged, List<String> moved, boolean undone) {
    }

    private static final String INSERT = "INSERT INTO merge_journal (merged_at, rule, identifier_kind,"
            + " identifier_value, survivor_id, merged_id, moved_identities, moved_source_customers, moved_interactions)"
            + " VALUES (:at, :rule, :kind, :value, :survivor, :merged, :identities, :sources, :interactions)";

    private MergeJournal() {
    }

    /** Journals {@code entry}; returns its id. */
    public static long add(Handle handle, Entry entry) {
        return bind(handle.createUpdate(INSERT), entry).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    /** Journals {@code entries} in one batch. */
    public static void addAll(Handle handle, List<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        PreparedBatch batch = handle.prepareBatch(INSERT);
        entries.forEach(entry -> bind(batch, entry).add());
        batch.execute();
    }

    private static <S extends SqlStatement<S>> S bind(S statement, Entry entry) {
        return statement.bind("at", entry.at()).bind("rule", entry.rule()).bind("kind", entry.identifierKind())
                .bind("value", entry.identifierValue()).bind("survivor", entry.survivor())
                .bind("merged", entry.merged()).bind("identities", String.valueOf(entry.identities()))
                .bind("sources", String.join("\n", entry.moved()))
                .bind("interactions", String.valueOf(entry.interactions()));
    }

    /** The merge journaled as {@code id}; {@code null} when there is none. */
    public static Stored find(Handle handle, long id) {
        return handle.createQuery("SELECT survivor_id, merged_id, moved_source_customers, undone_at"
                + " FROM merge_journal WHERE id = :id").bind("id", id)
                .map((rs, ctx) -> {
                    String moved = rs.getString(3);
                    return new Stored(rs.getLong(1), rs.getLong(2), moved == null || moved.isEmpty() ? List.of()
                            : List.of(moved.split("\n")), rs.getObject(4) != null);
                }).findOne().orElse(null);
    }

    /** Marks the merge journaled as {@code id} undone, now. */
    public static void markUndone(Handle handle, long id) {
        handle.createUpdate("UPDATE merge_journal SET undone_at = :now WHERE id = :id").bind("now", OffsetDateTime.now())
                .bind("id", id).execute();
    }

    /** Blocks customers {@code customer} and {@code other} from ever merging again. */
    public static void block(Handle handle, long customer, long other) {
        handle.createUpdate("INSERT INTO merge_block (customer_id, other_customer_id) VALUES (:a, :b)")
                .bind("a", customer).bind("b", other).execute();
    }

    /** Whether customers {@code customer} and {@code other} must not merge. */
    public static boolean isBlocked(Handle handle, long customer, long other) {
        return handle.createQuery("SELECT COUNT(*) FROM merge_block WHERE customer_id IN (:a, :b)"
                + " AND other_customer_id IN (:a, :b)").bind("a", customer).bind("b", other)
                .mapTo(Integer.class).one() > 0;
    }

    /** The blocked pairs among {@code customers}, each as "low:high". */
    public static Set<String> blocksAmong(Handle handle, Collection<Long> customers) {
        Set<String> blocks = new HashSet<>();
        if (customers.isEmpty()) {
            return blocks;
        }
        InList keys = InList.of(handle, "ids", Long.class, customers);
        keys.bind(handle.createQuery("SELECT customer_id, other_customer_id FROM merge_block WHERE "
                + keys.matches("customer_id") + " AND " + keys.matches("other_customer_id")))
                .map((rs, ctx) -> Math.min(rs.getLong(1), rs.getLong(2)) + ":" + Math.max(rs.getLong(1), rs.getLong(2)))
                .forEach(blocks::add);
        return blocks;
    }
}
