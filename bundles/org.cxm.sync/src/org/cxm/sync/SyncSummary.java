package org.cxm.sync;

import java.time.Duration;
import java.util.List;

/**
 * What a sync run did, in the terms a user checks: records read, and what became of them.
 *
 * @param failures one message per data source or record source that could not be synced
 */
public record SyncSummary(long runId, long read, long inserted, long updated, long deleted, long merged,
        long deadLettered, Duration duration, List<String> failures) {

    public boolean succeeded() {
        return failures.isEmpty();
    }
}
