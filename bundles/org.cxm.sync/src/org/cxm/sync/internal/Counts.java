package org.cxm.sync.internal;

/** Running totals of a sync run; one batch adds to them only after it committed. */
final class Counts {

    long read;

    long inserted;

    long updated;

    long deleted;

    long merged;

    long deadLettered;

    /** Interactions written without a customer, because theirs is not in the store (yet). */
    long orphans;

    void add(Counts batch) {
        read += batch.read;
        inserted += batch.inserted;
        updated += batch.updated;
        deleted += batch.deleted;
        merged += batch.merged;
        deadLettered += batch.deadLettered;
        orphans += batch.orphans;
    }
}
