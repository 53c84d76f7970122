package org.cxm.history;

import java.time.OffsetDateTime;

/**
 * A source record a sync could not store, and why. The raw record is read on its own
 * ({@link IntegrationViews#rawRecord}) because it can be large.
 */
public record DeadLetter(long id, long runId, String sourceSystem, String recordSource, String sourceRecordId,
        String reason, OffsetDateTime createdAt) {
}
