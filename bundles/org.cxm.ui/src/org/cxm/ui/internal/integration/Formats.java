package org.cxm.ui.internal.integration;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How the Integration views write times and durations: local time to the second, "2m 05s". */
final class Formats {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private Formats() {
    }

    static String when(OffsetDateTime time) {
        return time == null ? "" : WHEN.format(time.atZoneSameInstant(ZoneId.systemDefault()));
    }

    /** The time between {@code start} and {@code end}, or "running" when there is no end yet. */
    static String duration(OffsetDateTime start, OffsetDateTime end) {
        if (end == null) {
            return "running";
        }
        Duration took = Duration.between(start, end);
        return took.toHours() > 0 ? String.format("%dh %02dm", took.toHours(), took.toMinutesPart())
                : String.format("%dm %02ds", took.toMinutes(), took.toSecondsPart());
    }
}
