package org.cxm.sync;

/** Hears how a sync run progresses; the command line prints it, the UI shows it in a progress bar. */
public interface SyncListener {

    SyncListener SILENT = new SyncListener() {
    };

    /** A batch of {@code records} records of {@code recordSource} was committed. */
    default void batchCommitted(String dataSource, String recordSource, int records, long readSoFar) {
    }

    /** {@code dataSource} or one of its record sources failed; the run goes on with the others. */
    default void failed(String message) {
    }

    /** {@code dataSource} could not be reached and is tried again after {@code delayMillis}. */
    default void retrying(String dataSource, int attempt, long delayMillis, String reason) {
    }

    /**
     * Whether the user asked the run to stop. The engine asks between committed batches and before each
     * record source: a cancelled run keeps every batch it committed with its cursor, is journaled as
     * {@code CANCELLED}, and the next run goes on from there.
     */
    default boolean cancelled() {
        return false;
    }
}
