package org.cxm.analytics;

/**
 * How a customer's path leaves the designed one, at which activity.
 *
 * @param kind what happened
 * @param activity the touchpoint or stage id
 */
public record Deviation(Kind kind, String activity) {

    public enum Kind {
        /** A designed touchpoint before the furthest one reached was never visited. */
        SKIPPED,
        /** A designed touchpoint was visited again. */
        REPEATED,
        /** A designed touchpoint was visited after a later one. */
        OUT_OF_ORDER,
        /** A step the designed path does not have: a record classified to a stage only. */
        UNMODELLED;

        /** The word people read, such as "out of order". */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        }
    }
}
