package org.cxm.analytics;

import java.time.Instant;

/**
 * The period an analysis reads: records that occurred from {@code from} (inclusive) until {@code to}
 * (exclusive); an open end reads everything on that side.
 *
 * @param from the first instant read, or {@code null}
 * @param to the instant after the last one read, or {@code null}
 */
public record LogWindow(Instant from, Instant to) {

    public LogWindow {
        if (from != null && to != null && !from.isBefore(to)) {
            throw new IllegalArgumentException("The period must end after it starts: from " + from + " to " + to);
        }
    }

    /** Every record in the store. */
    public static LogWindow all() {
        return new LogWindow(null, null);
    }

    /**
     * The end measures such as churn look back from: {@code to}, or {@code now} for a period open at its end.
     */
    public long endMillis(Instant now) {
        return (to != null ? to : now).toEpochMilli();
    }
}
