package org.cxm.identity;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cxm.history.CustomerRows;
import org.cxm.history.IdentityRows;
import org.cxm.history.InteractionRows;
import org.cxm.history.MergeJournal;
import org.cxm.history.SearchTerms;
import org.cxm.history.SourceCustomerRows;
import org.jdbi.v3.core.Handle;

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
            Long next = CustomerRows.mergedInto(handle, current);
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
        CustomerRows.merged(handle, ids).forEach(merged -> active.put(merged, activeId(handle, merged)));
        return active;
    }

    boolean isBlocked(Handle handle, long customer, long other) {
        return MergeJournal.isBlocked(handle, customer, other);
    }

    /** Merges {@code merged} into {@code survivor}; returns the journal entry's id. */
    public long merge(Handle handle, long survivor, long merged, MatchReason reason) {
        List<String> moved = SourceCustomerRows.keysOf(handle, merged, SEPARATOR);
        int identities = IdentityRows.moveCustomer(handle, merged, survivor);
        int interactions = InteractionRows.moveCustomer(handle, merged, survivor);
        SearchTerms.moveCustomer(handle, merged, survivor);
        SourceCustomerRows.moveCustomer(handle, merged, survivor);
        CustomerRows.mergeInto(handle, survivor, merged);
        return MergeJournal.add(handle, entry(OffsetDateTime.now(), survivor, merged, reason, identities, moved,
                interactions));
    }

    /**
     * Journals the merge of customer {@code created}, made just now for one source customer, into
     * {@code survivor}, when the caller already stored that source customer (with {@code identities}
     * identities) under the survivor: the same outcome and journal entry as {@link #merge}, in two
     * statements instead of eight. Returns the journal entry's id.
     */
    long mergeNew(Handle handle, long survivor, long created, String system, String sourceId, int identities,
            MatchReason reason) {
        CustomerRows.mergeNewInto(handle, survivor, created);
        return MergeJournal.add(handle, entry(OffsetDateTime.now(), survivor, created, reason, identities,
                List.of(system + SEPARATOR + sourceId), 0));
    }

    /**
     * The journal entry of the merge of {@code merged} into {@code survivor} for {@code reason}, which moved
     * {@code identities} identities, the source customers {@code moved} (each "system SEPARATOR id") and
     * {@code interactions} interactions.
     */
    static MergeJournal.Entry entry(OffsetDateTime at, long survivor, long merged, MatchReason reason,
            int identities, List<String> moved, int interactions) {
        return new MergeJournal.Entry(at, survivor, merged, reason.rule(), reason.journalKind(),
                reason.journalValue(), identities, List.copyOf(moved), interactions);
    }

    /**
     * Undoes the merge journaled as {@code journalId}: the merged customer becomes active again with the
     * source customers, identities and interactions that moved, and the pair is blocked from merging again.
     */
    public void unmerge(Handle handle, long journalId, GoldenRecords golden) {
        MergeJournal.Stored entry = MergeJournal.find(handle, journalId);
        if (entry == null) {
            throw new IllegalArgumentException("No merge " + journalId + " in the journal");
        }
        if (entry.undone()) {
            throw new IllegalArgumentException("Merge " + journalId + " was already undone");
        }
        long survivor = entry.survivor();
        long merged = entry.merged();
        CustomerRows.unmerge(handle, merged);
        for (String source : entry.moved()) {
            String[] key = source.split(SEPARATOR, 2);
            SourceCustomerRows.moveTo(handle, key[0], key[1], merged);
            IdentityRows.moveTo(handle, key[0], key[1], merged);
            SearchTerms.moveTo(handle, key[0], key[1], merged);
            InteractionRows.moveTo(handle, key[0], key[1], merged);
        }
        MergeJournal.block(handle, survivor, merged);
        MergeJournal.markUndone(handle, journalId);
        golden.recompute(handle, survivor);
        golden.recompute(handle, merged);
    }
}
