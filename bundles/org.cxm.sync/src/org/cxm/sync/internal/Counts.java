package org.cxm.sync.internal;

import java.util.ArrayList;
import java.util.List;

/** Running totals of a sync run; one batch adds to them only after it committed. */
final class Counts {

    /** How many warnings a run keeps word for word; the count goes on beyond. */
    static final int KEPT_WARNINGS = 100;

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

    /** The first {@link #KEPT_WARNINGS} warnings: which record, which column, what was tried. */
    final List<String> warnings = new ArrayList<>();

    void warn(String warning) {
        if (warnings.size() < KEPT_WARNINGS) {
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
