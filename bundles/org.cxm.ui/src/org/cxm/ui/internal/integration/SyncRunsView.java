package org.cxm.ui.internal.integration;

import java.util.List;

import org.cxm.history.IntegrationViews;
import org.cxm.history.SyncRun;
import org.cxm.ui.internal.StoreSession;
import org.cxm.ui.internal.integration.StoreTable.Column;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;

/** The sync runs the store journals, newest first, with what became of the records each one read. */
public final class SyncRunsView extends ViewPart implements Refreshable {

    public static final String ID = "org.cxm.ui.syncRuns";

    /** Enough for weeks of hourly runs; older runs are rarely of interest in a monitor. */
    private static final int LIMIT = 500;

    private StoreTable<SyncRun> table;

    @Override
    public void createPartControl(Composite parent) {
        table = new StoreTable<>(parent, "sync runs", List.of(
                new Column<SyncRun>("Started", 140, run -> Formats.when(run.startedAt())),
                new Column<SyncRun>("Duration", 80, run -> Formats.duration(run.startedAt(), run.finishedAt())),
                new Column<SyncRun>("Status", 80, SyncRun::status),
                count("Read", SyncRun::read), count("Inserted", SyncRun::inserted),
                count("Updated", SyncRun::updated), count("Deleted", SyncRun::deleted),
                count("Merged", SyncRun::merged), count("Dead letters", SyncRun::deadLettered),
                new Column<SyncRun>("Message", 400, run -> run.message() == null ? ""
                        : run.message().replace('\n', ';'))),
                () -> new IntegrationViews(StoreSession.store()).syncRuns(LIMIT));
        table.install(this);
        table.refresh();
    }

    private static Column<SyncRun> count(String title, java.util.function.ToLongFunction<SyncRun> value) {
        return new Column<>(title, 80, run -> Long.toString(value.applyAsLong(run)));
    }

    /** Reads the runs again, as the Refresh button does. */
    @Override
    public void refresh() {
        table.refresh();
    }

    /** The rows shown, each as its column texts, newest first. */
    public List<List<String>> rows() {
        return table.rows();
    }

    @Override
    public void setFocus() {
        table.viewer().getControl().setFocus();
    }
}
