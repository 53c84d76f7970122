package org.cxm.ui.internal.integration;

import org.cxm.model.CxModel;
import org.cxm.sync.SyncEngine;
import org.cxm.sync.SyncListener;
import org.cxm.sync.SyncOptions;
import org.cxm.sync.SyncSummary;
import org.cxm.ui.internal.StoreSession;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

/**
 * "Sync now": runs the sync engine over the open model into the open store as a job, with its progress in
 * the progress bar and a Cancel button that stops the run after the batch it is writing.
 */
final class SyncJob extends Job {

    private static final String PLUGIN = "org.cxm.ui";

    private final CxModel model;
    private final SyncEngine engine;
    private volatile SyncSummary summary;

    SyncJob(CxModel model, SyncEngine engine) {
        super("Syncing the data sources of the model into the customer history");
        this.model = model;
        this.engine = engine;
        setUser(true);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
        try {
            summary = engine.run(model, StoreSession.store(), new SyncOptions(false, new Progress(monitor)));
        } catch (Exception e) {
            return Status.error("Sync failed: " + e.getMessage(), e);
        } finally {
            monitor.done();
        }
        if (summary.cancelled()) {
            return Status.CANCEL_STATUS;
        }
        if (summary.failures().isEmpty()) {
            return Status.OK_STATUS;
        }
        MultiStatus status = new MultiStatus(PLUGIN, 0, "Sync finished with " + summary.failures().size()
                + " failed source(s); the others were synced");
        summary.failures().forEach(failure -> status.add(Status.warning(failure)));
        return status;
    }

    /** What the run did, once it is over; {@code null} before, or when the store could not be opened. */
    SyncSummary summary() {
        return summary;
    }

    /** One line on what a run did, for the line under the Data Sources tree. */
    static String describe(SyncSummary summary) {
        String counts = summary.read() + " records read, " + summary.inserted() + " inserted, " + summary.updated()
                + " updated, " + summary.deleted() + " deleted, " + summary.merged() + " merged, "
                + summary.deadLettered() + " dead letters";
        if (summary.cancelled()) {
            return "Sync cancelled after " + counts + "; the next sync goes on from there.";
        }
        return summary.failures().isEmpty() ? "Synced: " + counts + "."
                : "Synced with failures: " + counts + ". " + String.join("; ", summary.failures());
    }

    /** Shows each committed batch in the progress bar and passes the user's Cancel on to the engine. */
    private static final class Progress implements SyncListener {

        private final IProgressMonitor monitor;

        Progress(IProgressMonitor monitor) {
            this.monitor = monitor;
        }

        @Override
        public void batchCommitted(String dataSource, String recordSource, int records, long readSoFar) {
            monitor.subTask(dataSource + " / " + recordSource + ": " + readSoFar + " records read");
            monitor.worked(1);
        }

        @Override
        public void failed(String message) {
            monitor.subTask("failed: " + message);
        }

        @Override
        public void retrying(String dataSource, int attempt, long delayMillis, String reason) {
            monitor.subTask(dataSource + ": attempt " + attempt + " failed (" + reason + "); trying again in "
                    + delayMillis / 1000 + " s");
        }

        @Override
        public boolean cancelled() {
            return monitor.isCanceled();
        }
    }
}
