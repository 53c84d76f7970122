package org.cxm.sync.internal;

import java.util.ArrayList;
import java.util.List;

import org.cxm.sync.SyncSummary;

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

    /** Phone numbers no region reads; their records were synced without them. */
    long invalidPhones;

    /** The first {@link SyncSummary#KEPT_WARNINGS} warnings: which record, which column, what was tried. */
    final List<String> warnings = new ArrayList<>();

    void warn(String warning) {
        if (warnings.size() < SyncSummary.KEPT_WARNINGS) {
            warnings.add(warning);
        }
    }

    void add(Counts batch) {
        read += batch.read;
        inserted += batch.inserted;
        updated += batch.updated;
        deleted += batch.deleted;
        merged += batch.merged;
        deadLettered += batch.deadLettered;
        orphans += batch.orphans;
        invalidPhones += batch.invalidPhones;
        batch.warnings.forEach(this::warn);
    }
}
