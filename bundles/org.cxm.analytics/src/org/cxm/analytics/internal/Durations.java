package org.cxm.analytics.internal;

import org.cxm.model.DurationUnit;

/** Milliseconds per unit of a measured duration. */
public final class Durations {

    private Durations() {
    }

    public static long millisOf(DurationUnit unit) {
        return switch (unit) {
            case SECONDS -> 1_000L;
            case MINUTES -> 60_000L;
            case HOURS -> 3_600_000L;
            case DAYS -> 86_400_000L;
        };
    }
}
