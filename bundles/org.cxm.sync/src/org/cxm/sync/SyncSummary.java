package org.cxm.sync;

import java.time.Duration;
import java.util.List;

/**
 * What a sync run did, in the terms a user checks: records read, and what became of them.
 *
 * @param failures one message per data source or record source that could not be synced
 * @param cancelled whether the run stopped early because its listener asked it to
 * @param invalidPhones phone numbers no region reads: their records were synced, but not matched by them
 * @param warnings the first {@link #KEPT_WARNINGS} of those, each naming the record, the column and what was tried
 */
public record SyncSummary(long runId, long read, long inserted, long updated, long deleted, long merged,
        long deadLettered, Duration duration, List<String> failures, boolean cancelled, long invalidPhones,
        List<String> warnings) {

    /** How many warnings a run keeps word for word; the count goes on beyond. */
    public static final int KEPT_WARNINGS = 100;

    /** A summary without warnings. */
    public SyncSummary(long runId, long read, long inserted, long updated, long deleted, long merged,
            long deadLettered, Duration duration, List<String> failures, boolean cancelled) {
        this(runId, read, inserted, updated, deleted, merged, deadLettered, duration, failures, cancelled, 0,
                List.of());
    }

    /** A summary of a run that was not cancelled. */
    public SyncSummary(long runId, long read, long inserted, long updated, long deleted, long merged,
            long deadLettered, Duration duration, List<String> failures) {
        this(runId, read, inserted, updated, deleted, merged, deadLettered, duration, failures, false);
    }

    /** Whether everything was synced: nothing failed and the run was not cancelled. */
    public boolean succeeded() {
        return failures.isEmpty() && !cancelled;
    }
}
