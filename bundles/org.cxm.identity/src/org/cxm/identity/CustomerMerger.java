package org.cxm.identity;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.cxm.history.InList;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * Merges two golden customers into one and undoes it. A merge moves the merged customer's source
 * customers (with their identities and interactions) to the survivor and journals which ones moved, so
 * that an unmerge can move exactly those back; an unmerged pair is never merged again automatically.
 */
public final class CustomerMerger {

    private static final String SEPARATOR = "\u001f";

    /** The customer {@code id} was merged into, following merges transitively; {@code id} if active. */
    public long activeId(Handle handle, long id) {
        long current = id;
        for (int hops = 0; hops < 100; hops++) {
            Long next = handle.createQuery("SELECT merged_into FROM customer WHERE id = :id").bind("id", current)
                    .mapTo(Long.class).findOne().orElse(null);
            if (next == null) {
                return current;
            }
            current = next;
        }
        throw new IllegalStateException("Customer " + id + " is merged in a cycle");
    }

    /**
     * The active customers of {@code ids}: each id mapped to the customer it was merged into, or to itself.
     * One query for the lot; merged ones are followed like {@link #activeId}.
     */
    public Map<Long, Long> activeIds(Handle handle, Collection<Long> ids) {
        Map<Long, Long> active = new HashMap<>();
        ids.forEach(id -> active.put(id, id));
        if (!ids.isEmpty()) {
            InList keys = InList.of(handle, "ids", Long.class, new HashSet<>(ids));
            keys.bind(handle.createQuery("SELECT id FROM customer WHERE " + keys.matches("id")
                    + " AND merged_into IS NOT NULL")).mapTo(Long.class).list()
                    .forEach(merged -> active.put(merged, activeId(handle, merged)));
        }
        return active;
    }

    boolean isBlocked(Handle handle, long customer, long other) {
        return handle.createQuery("SELECT COUNT(*) FROM merge_block WHERE customer_id IN (:a, :b)"
                + " AND other_customer_id IN (:a, :b)").bind("a", customer).bind("b", other)
                .mapTo(Integer.class).one() > 0;
    }

    /** Merges {@code merged} into {@code survivor}; returns the journal entry's id. */
    public long merge(Handle handle, long survivor, long merged, MatchReason reason) {
        List<String> moved = handle.createQuery("SELECT source_system, source_id FROM source_customer"
                + " WHERE customer_id = :merged").bind("merged", merged)
                .map((rs, ctx) -> rs.getString(1) + SEPARATOR + rs.getString(2)).list();
        int identities = move(handle, "customer_identity", merged, survivor);
        int interactions = move(handle, "interaction", merged, survivor);
        move(handle, "search_term", merged, survivor);
        move(handle, "source_customer", merged, survivor);
        // Two statements, not one with OR, which H2 would answer with a scan of all customers.
        handle.createUpdate("UPDATE customer SET merged_into = :survivor WHERE merged_into = :merged")
                .bind("survivor", survivor).bind("merged", merged).execute();
        handle.createUpdate("UPDATE customer SET merged_into = :survivor WHERE id = :merged")
                .bind("survivor", survivor).bind("merged", merged).execute();
        return journal(handle, survivor, merged, reason, identities, moved, interactions);
    }

    /**
     * Journals the merge of customer {@code created}, made just now for one source customer, into
     * {@code survivor}, when the caller already stored that source customer (with {@code identities}
     * identities) under the survivor: the same outcome and journal entry as {@link #merge}, in two
     * statements instead of eight. Returns the journal entry's id.
     */
    long mergeNew(Handle handle, long survivor, long created, String system, String sourceId, int identities,
            MatchReason reason) {
        handle.createUpdate("UPDATE customer SET merged_into = :survivor WHERE id = :merged")
                .bind("survivor", survivor).bind("merged", created).execute();
        return journal(handle, survivor, created, reason, identities, List.of(system + SEPARATOR + sourceId), 0);
    }

    private static long journal(Handle handle, long survivor, long merged, MatchReason reason, int identities,
            List<String> moved, int interactions) {
        return bindJournal(handle.createUpdate(JOURNAL), OffsetDateTime.now(), survivor, merged, reason, identities,
                moved, interactions).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    private static final String JOURNAL = "INSERT INTO merge_journal (merged_at, rule, identifier_kind,"
            + " identifier_value, survivor_id, merged_id, moved_identities, moved_source_customers, moved_interactions)"
            + " VALUES (:at, :rule, :kind, :value, :survivor, :merged, :identities, :sources, :interactions)";

    /** A batch of journal entries, each bound with {@link #bindJournal} and added. */
    static PreparedBatch journalBatch(Handle handle) {
        return handle.prepareBatch(JOURNAL);
    }

    /**
     * Binds one journal entry: the merge of {@code merged} into {@code survivor} for {@code reason}, which
     * moved {@code identities} identities, the source customers {@code moved} (each "system SEPARATOR id")
     * and {@code interactions} interactions.
     */
    static <S extends SqlStatement<S>> S bindJournal(S statement, OffsetDateTime at, long survivor, long merged,
            MatchReason reason, int identities, List<String> moved, int interactions) {
        statement.bind("at", at).bind("rule", reason.rule()).bind("kind", reason.journalKind())
                .bind("value", reason.journalValue()).bind("survivor", survivor).bind("merged", merged)
                .bind("identities", String.valueOf(identities)).bind("sources", String.join("\n", moved))
                .bind("interactions", String.valueOf(interactions));
        return statement;
    }

    /**
     * Undoes the merge journaled as {@code journalId}: the merged customer becomes active again with the
     * source customers, identities and interactions that moved, and the pair is blocked from merging again.
     */
    public void unmerge(Handle handle, long journalId, GoldenRecords golden) {
        var entry = handle.createQuery("SELECT survivor_id, merged_id, moved_source_customers, undone_at"
                + " FROM merge_journal WHERE id = :id").bind("id", journalId).mapToMap().findOne()
                .orElseThrow(() -> new IllegalArgumentException("No merge " + journalId + " in the journal"));
        if (entry.get("undone_at") != null) {
            throw new IllegalArgumentException("Merge " + journalId + " was already undone");
        }
        long survivor = ((Number) entry.get("survivor_id")).longValue();
        long merged = ((Number) entry.get("merged_id")).longValue();
        handle.createUpdate("UPDATE customer SET merged_into = NULL WHERE id = :merged").bind("merged", merged).execute();
        String sources = (String) entry.get("moved_source_customers");
        for (String source : sources.isEmpty() ? List.<String>of() : List.of(sources.split("\n"))) {
            String[] key = source.split(SEPARATOR, 2);
            moveBack(handle, key[0], key[1], merged);
        }
        handle.createUpdate("INSERT INTO merge_block (customer_id, other_customer_id) VALUES (:a, :b)")
                .bind("a", survivor).bind("b", merged).execute();
        handle.createUpdate("UPDATE merge_journal SET undone_at = :now WHERE id = :id").bind("now", OffsetDateTime.now())
                .bind("id", journalId).execute();
        golden.recompute(handle, survivor);
        golden.recompute(handle, merged);
    }

    private static int move(Handle handle, String table, long from, long to) {
        return handle.createUpdate("UPDATE " + table + " SET customer_id = :to WHERE customer_id = :from")
                .bind("to", to).bind("from", from).execute();
    }

    private static void moveBack(Handle handle, String system, String sourceId, long customer) {
        handle.createUpdate("UPDATE source_customer SET customer_id = :customer WHERE source_system = :system"
                + " AND source_id = :id").bind("customer", customer).bind("system", system).bind("id", sourceId).execute();
        handle.createUpdate("UPDATE customer_identity SET customer_id = :customer WHERE source_system = :system"
                + " AND source_id = :id").bind("customer", customer).bind("system", system).bind("id", sourceId).execute();
        handle.createUpdate("UPDATE search_term SET customer_id = :customer WHERE source_id = :id"
                + " AND source_system = :system").bind("customer", customer).bind("system", system).bind("id", sourceId)
                .execute();
        handle.createUpdate("UPDATE interaction SET customer_id = :customer WHERE source_system = :system"
                + " AND source_customer_id = :id").bind("customer", customer).bind("system", system)
                .bind("id", sourceId).execute();
    }
}
