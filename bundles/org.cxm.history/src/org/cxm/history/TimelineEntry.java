package org.cxm.history;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * One interaction in a customer's unified history, with the model elements (channel, touchpoint, stage)
 * it was classified to; element ids are those of the CX model and may be {@code null}.
 */
public record TimelineEntry(long id, String sourceSystem, String sourceRecordId, OffsetDateTime occurredAt,
        String kind, String channel, String direction, String subject, String summary, String status,
        BigDecimal amount, String currency, Double surveyScore, String paymentStatus, String channelElementId,
        String touchpointElementId, String stageElementId) {
}
