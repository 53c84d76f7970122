package org.cxm.ui.internal.integration;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.cxm.model.CxModel;
import org.cxm.model.DataSource;
import org.cxm.model.RecordSource;
import org.cxm.sync.SourceCheck;
import org.cxm.sync.SyncEngine;
import org.cxm.ui.internal.ModelSession;
import org.cxm.ui.internal.UiBundle;
import org.cxm.ui.internal.UiJobs;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.part.ViewPart;

/**
 * The open model's data sources, their record sources and field mappings, with Test connection (each
 * check's result on its row) and Sync now (a cancellable job) for an integrator wiring a CRM or an ERP.
 */
public final class DataSourcesView extends ViewPart {

    public static final String ID = "org.cxm.ui.dataSources";

    private TreeViewer tree;
    private Label message;
    private CxModel model;
    private final Map<EObject, String> checks = new HashMap<>();

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        tree = new TreeViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        tree.getTree().setHeaderVisible(true);
        tree.setContentProvider(new DataSourceContent());
        column("Name", 200, DataSourceLabels::name);
        column("Reads", 420, DataSourceLabels::details);
        column("Test result", 360, element -> DataSourceLabels.check(element, checks));
        GridDataFactory.fillDefaults().grab(true, true).applyTo(tree.getControl());
        message = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(message);
        getSite().setSelectionProvider(tree);
        var toolbar = getViewSite().getActionBars().getToolBarManager();
        toolbar.add(action("Refresh", "Show the open model's data sources again", this::reload));
        toolbar.add(action("Test connection", "Connect to every data source and check its tables and columns",
                this::testConnections));
        toolbar.add(action("Sync now", "Sync the data sources into the customer history", this::syncNow));
        toolbar.add(action("Set password…", "Keep the selected data source's password in Eclipse secure storage",
                this::askPassword));
        reload();
    }

    private void column(String title, int width, Function<Object, String> text) {
        TreeViewerColumn column = new TreeViewerColumn(tree, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                String value = text.apply(element);
                return value == null ? "" : value;
            }
        });
    }

    static Action action(String text, String tip, Runnable run) {
        Action action = new Action(text) {
            @Override
            public void run() {
                run.run();
            }
        };
        action.setToolTipText(tip);
        return action;
    }

    /** Reads the open model again and shows its data sources, forgetting earlier test results. */
    public void reload() {
        checks.clear();
        UiJobs.load("Reading the model", tree.getControl(), ModelSession::model, this::show,
                failure -> message.setText("Cannot open the model: " + failure)).schedule();
    }

    private void show(CxModel loaded) {
        model = loaded;
        message.setText(loaded == null ? "No model is open: start the workbench with -model <file>."
                : loaded.getDataSources().size() + " data source(s)");
        try {
            tree.setInput(loaded);
            tree.expandAll();
        } catch (RuntimeException e) {
            message.setText("Cannot show the data sources of the model: " + e);
            throw e;
        }
    }

    /** Runs {@code SyncEngine.test} on the open model in a job; returns the job, or null without a model. */
    public Job testConnections() {
        if (model == null) {
            message.setText("No model is open: there is nothing to test.");
            return null;
        }
        CxModel tested = model;
        message.setText("Testing the data sources...");
        Job job = UiJobs.load("Testing the data sources of the model", tree.getControl(),
                () -> engine().test(tested), this::showChecks,
                failure -> message.setText("Testing the data sources failed: " + failure));
        job.schedule();
        return job;
    }

    private void showChecks(List<SourceCheck> results) {
        checks.clear();
        for (SourceCheck check : results) {
            EObject row = rowOf(check);
            if (row != null) {
                checks.merge(row, check.passed() ? "ok" : check.problem(), (a, b) -> a + "; " + b);
            }
        }
        tree.refresh(true);
        long failed = results.stream().filter(check -> !check.passed()).count();
        message.setText(failed == 0 ? "All " + results.size() + " checks passed."
                : failed + " of " + results.size() + " checks failed: " + results.stream()
                        .filter(check -> !check.passed()).findFirst().orElseThrow());
    }

    private EObject rowOf(SourceCheck check) {
        for (DataSource source : model.getDataSources()) {
            if (source.getName() != null && source.getName().equals(check.dataSource())) {
                if (check.recordSource() == null) {
                    return source;
                }
                for (RecordSource recordSource : source.getRecordSources()) {
                    if (check.recordSource().equals(recordSource.getName())) {
                        return recordSource;
                    }
                }
            }
        }
        return null;
    }

    /** Starts a sync of the open model as a cancellable job; returns it, or null without a model. */
    public Job syncNow() {
        if (model == null) {
            message.setText("No model is open: there is nothing to sync.");
            return null;
        }
        SyncJob job = new SyncJob(model, engine());
        job.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                tree.getControl().getDisplay().asyncExec(() -> synced(job));
            }
        });
        message.setText("Syncing...");
        job.schedule();
        return job;
    }

    private void synced(SyncJob job) {
        if (!message.isDisposed()) {
            var summary = job.summary();
            message.setText(summary == null ? "Sync failed: " + job.getResult().getMessage()
                    : SyncJob.describe(summary));
        }
        for (String id : List.of(SyncRunsView.ID, DeadLettersView.ID, MergeJournalView.ID)) {
            IViewPart view = getSite().getPage().findView(id);
            if (view instanceof Refreshable refreshable) {
                refreshable.refresh();
            }
        }
    }

    /** The engine of the workbench: the connectors running, and passwords from secure storage. */
    private static SyncEngine engine() {
        return SyncEngine.withCredentials(UiBundle.connectors(), SecureCredentials.ofWorkbench());
    }

    private void askPassword() {
        Object selected = tree.getStructuredSelection().getFirstElement();
        if (!(selected instanceof DataSource source)) {
            message.setText("Select a data source to set its password.");
            return;
        }
        InputDialog dialog = new InputDialog(getSite().getShell(), "Set password",
                "Password of " + source.getName() + " (" + source.getUser() + " at "
                        + DataSourceLabels.address(source) + "). It is kept in Eclipse secure storage; the model only refers to it.", "", null) {
            @Override
            protected int getInputTextStyle() {
                return SWT.SINGLE | SWT.BORDER | SWT.PASSWORD;
            }
        };
        if (dialog.open() == Window.OK) {
            setPassword(source, dialog.getValue(), new DataSourcePasswords(SecureCredentials.ofWorkbench()));
        }
    }

    /** Stores the password of {@code source} with {@code passwords} and shows where its reference went. */
    void setPassword(DataSource source, String password, DataSourcePasswords passwords) {
        try {
            var file = passwords.set(source, password);
            tree.refresh(source, true);
            message.setText(source.getName() + ": password kept in secure storage as " + source.getCredential()
                    + "; " + file.getFileName() + " saved");
        } catch (Exception e) {
            message.setText(source.getName() + ": cannot keep the password in secure storage: " + e.getMessage());
        }
    }

    /** The line under the tree: how many sources, the outcome of the last test or sync. */
    public String message() {
        return message.getText();
    }

    /** The text of each row shown, depth first, as "name | reads | test result". */
    public List<String> rows() {
        List<String> rows = new java.util.ArrayList<>();
        for (TreeItem item : tree.getTree().getItems()) {
            collect(item, rows);
        }
        return rows;
    }

    private static void collect(TreeItem item, List<String> rows) {
        rows.add(item.getText(0) + " | " + item.getText(1) + " | " + item.getText(2));
        for (TreeItem child : item.getItems()) {
            collect(child, rows);
        }
    }

    @Override
    public void setFocus() {
        tree.getControl().setFocus();
    }
}
