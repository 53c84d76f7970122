package org.cxm.history;

import java.time.OffsetDateTime;

/**
 * One sync run as the store journals it: when it ran, how it ended and what became of the records it read.
 *
 * @param finishedAt {@code null} while the run is going on (or when its process was killed)
 * @param status {@code RUNNING}, {@code OK}, {@code PARTIAL}, {@code CANCELLED} or {@code ABORTED}
 * @param message what failed, one line per source, or {@code null}
 */
public record SyncRun(long id, OffsetDateTime startedAt, OffsetDateTime finishedAt, String status, long read,
        long inserted, long updated, long deleted, long merged, long deadLettered, String message) {
}
