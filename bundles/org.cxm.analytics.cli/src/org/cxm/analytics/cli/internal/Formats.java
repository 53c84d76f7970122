package org.cxm.analytics.cli.internal;

import java.util.Locale;

/** How the analytics commands write numbers and durations for people. */
public final class Formats {

    private Formats() {
    }

    /** A measured value with at most two decimals: 42, 42.5, 0.33. */
    public static String number(Double value) {
        if (value == null) {
            return "-";
        }
        String text = String.format(Locale.ROOT, "%.2f", value);
        return text.contains(".") ? text.replaceAll("0+$", "").replaceAll("\\.$", "") : text;
    }

    /** A duration as people say it: 45 s, 12 min, 5.2 h, 3.1 d. */
    public static String duration(long millis) {
        double seconds = millis / 1000.0;
        if (seconds < 60) {
            return String.format(Locale.ROOT, "%.0f s", seconds);
        }
        if (seconds < 3600) {
            return String.format(Locale.ROOT, "%.0f min", seconds / 60);
        }
        if (seconds < 86_400) {
            return String.format(Locale.ROOT, "%.1f h", seconds / 3600);
        }
        return String.format(Locale.ROOT, "%.1f d", seconds / 86_400);
    }

    /** {@code text} cut to {@code width} characters with an ellipsis. */
    public static String cut(String text, int width) {
        String value = text == null ? "" : text;
        return value.length() <= width ? value : value.substring(0, width - 1) + "…";
    }
}
