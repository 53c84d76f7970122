package org.cxm.analytics;

/**
 * One record of the customer history as an event of the journey log: the case is the unified customer
 * (merges followed), the activity the touchpoint the record was classified to, or its stage where only a
 * stage matched, the time when it occurred.
 *
 * @param id the interaction's id in the store
 * @param caseId the unified customer
 * @param time when it occurred, in epoch milliseconds
 * @param system the data source that synced it
 * @param recordSource the record source that synced it
 * @param kind the record kind, as the model writes it ({@code case}, {@code order}, {@code surveyResponse})
 * @param direction inbound or outbound, or {@code null}
 * @param status the record's status in its system, or {@code null}
 * @param score the survey score, or {@code null}
 * @param amount the amount, or {@code null}
 * @param channelId the modelled channel, or {@code null}
 * @param touchpointId the modelled touchpoint, or {@code null}
 * @param stageId the modelled stage, or {@code null}
 */
public record LogEvent(long id, long caseId, long time, String system, String recordSource, String kind,
        String direction, String status, Double score, Double amount, String channelId, String touchpointId,
        String stageId) {

    /** The activity of the event: its touchpoint, else its stage; {@code null} for an unclassified record. */
    public String activity() {
        return touchpointId != null ? touchpointId : stageId;
    }
}
