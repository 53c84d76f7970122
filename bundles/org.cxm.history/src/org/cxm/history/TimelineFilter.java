package org.cxm.history;

import java.time.OffsetDateTime;

/**
 * Which part of a customer's timeline to show.
 *
 * @param channel only interactions on this channel (as the source names it), or {@code null} for all
 * @param stageId only interactions classified to this journey stage (model element id), or {@code null}
 * @param from only interactions at or after this instant, or {@code null}
 * @param until only interactions before this instant, or {@code null}
 * @param limit at most this many entries, the newest
 */
public record TimelineFilter(String channel, String stageId, OffsetDateTime from, OffsetDateTime until, int limit) {

    /** The newest {@code limit} entries on every channel. */
    public static TimelineFilter newest(int limit) {
        return new TimelineFilter(null, null, null, null, limit);
    }
}
