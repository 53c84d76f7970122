package org.cxm.sync.cli;

import java.io.PrintStream;

import org.cxm.sync.SyncSummary;

/**
 * Prints what a sync run did in one line, the phone numbers it could not read (a count and the first few)
 * and each failure on a line of its own: cxm sync and cxm demo.
 */
public final class SyncSummaryPrinter {

    /** How many warnings the summary shows; the sync run in the store keeps more. */
    static final int SHOWN_WARNINGS = 5;

    private SyncSummaryPrinter() {
    }

    public static void print(SyncSummary summary, PrintStream out, PrintStream err) {
        out.printf("Read %d, inserted %d, updated %d, deleted %d, merged %d, dead-lettered %d in %.1f s (run %d)%n",
                summary.read(), summary.inserted(), summary.updated(), summary.deleted(), summary.merged(),
                summary.deadLettered(), summary.duration().toMillis() / 1000.0, summary.runId());
        if (summary.invalidPhones() > 0) {
            out.printf("%d phone number(s) could not be read for any region; their records were synced without"
                    + " them and are not matched by them%s%n", summary.invalidPhones(),
                    summary.invalidPhones() > SHOWN_WARNINGS ? " (the first " + SHOWN_WARNINGS + "; up to "
                            + SyncSummary.KEPT_WARNINGS + " are kept with run " + summary.runId() + ")" : "");
            summary.warnings().stream().limit(SHOWN_WARNINGS).forEach(warning -> out.println("  warning: " + warning));
        }
        for (String failure : summary.failures()) {
            err.println("failed: " + failure);
        }
    }
}
