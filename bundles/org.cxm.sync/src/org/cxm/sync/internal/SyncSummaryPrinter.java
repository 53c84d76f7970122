package org.cxm.sync.internal;

import java.io.PrintStream;

import org.cxm.sync.SyncSummary;

/** Prints what a sync run did in one line and each failure on a line of its own: cxm sync and cxm demo. */
public final class SyncSummaryPrinter {

    private SyncSummaryPrinter() {
    }

    public static void print(SyncSummary summary, PrintStream out, PrintStream err) {
        out.printf("Read %d, inserted %d, updated %d, deleted %d, merged %d, dead-lettered %d in %.1f s (run %d)%n",
                summary.read(), summary.inserted(), summary.updated(), summary.deleted(), summary.merged(),
                summary.deadLettered(), summary.duration().toMillis() / 1000.0, summary.runId());
        for (String failure : summary.failures()) {
            err.println("failed: " + failure);
        }
    }
}
