package org.cxm.ui.internal.integration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.IntStream;

import org.cxm.history.HistoryStore;
import org.cxm.ui.internal.StoreSession;
import org.cxm.ui.internal.UiJobs;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IViewPart;

/**
 * A read-only table over the store for the Integration views: its rows are read in a job, again on Refresh
 * and whenever the workbench switches stores, and a failure is shown under the table instead of the rows.
 *
 * @param <T> the type of a row
 */
final class StoreTable<T> {

    /** A column: its title, its width in pixels and the text a row shows in it. */
    record Column<T>(String title, int width, Function<T, String> text) {
    }

    private final String what;
    private final UiJobs.Work<List<T>> read;
    private final TableViewer viewer;
    private final Label message;
    private final Consumer<HistoryStore> storeListener = store -> refreshLater();
    private final List<Runnable> afterLoad = new ArrayList<>();

    /**
     * Creates the table in {@code parent}; {@code what} names the rows in messages ("sync runs"), and
     * {@code read} reads them, off the UI thread.
     */
    StoreTable(Composite parent, String what, List<Column<T>> columns, UiJobs.Work<List<T>> read) {
        this.what = what;
        this.read = read;
        Composite area = new Composite(parent, SWT.NONE);
        area.setLayout(new GridLayout(1, false));
        viewer = new TableViewer(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        viewer.getTable().setHeaderVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        for (Column<T> column : columns) {
            TableViewerColumn viewerColumn = new TableViewerColumn(viewer, SWT.LEFT);
            viewerColumn.getColumn().setText(column.title());
            viewerColumn.getColumn().setWidth(column.width());
            viewerColumn.setLabelProvider(new ColumnLabelProvider() {
                @Override
                @SuppressWarnings("unchecked")
                public String getText(Object element) {
                    String text = column.text().apply((T) element);
                    return text == null ? "" : text;
                }
            });
        }
        GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
        message = new Label(area, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(message);
        StoreSession.addListener(storeListener);
        viewer.getControl().addDisposeListener(event -> StoreSession.removeListener(storeListener));
    }

    /** Puts a Refresh button in {@code view}'s toolbar and makes the table the view's selection provider. */
    void install(IViewPart view) {
        view.getSite().setSelectionProvider(viewer);
        Action refresh = new Action("Refresh") {
            @Override
            public void run() {
                refresh();
            }
        };
        refresh.setToolTipText("Read the " + what + " from the store again");
        view.getViewSite().getActionBars().getToolBarManager().add(refresh);
    }

    /** Reads the rows again in a job; the table shows them when the job is done. */
    void refresh() {
        UiJobs.load("Reading " + what, viewer.getControl(), read, rows -> {
            viewer.setInput(rows);
            message.setText(Character.toUpperCase(what.charAt(0)) + what.substring(1) + ": " + rows.size());
            afterLoad.forEach(Runnable::run);
        }, failure -> message.setText("Cannot read the " + what + " from the store: " + failure)).schedule();
    }

    private void refreshLater() {
        if (!viewer.getControl().isDisposed()) {
            viewer.getControl().getDisplay().asyncExec(() -> {
                if (!viewer.getControl().isDisposed()) {
                    refresh();
                }
            });
        }
    }

    /** Runs {@code action} on the UI thread after each load has put its rows in the table. */
    void afterLoad(Runnable action) {
        afterLoad.add(action);
    }

    /** The selected row, or {@code null}. */
    @SuppressWarnings("unchecked")
    T selected() {
        return ((IStructuredSelection) viewer.getSelection()).isEmpty() ? null
                : (T) ((IStructuredSelection) viewer.getSelection()).getFirstElement();
    }

    TableViewer viewer() {
        return viewer;
    }

    /** Shows {@code text} under the table, such as why an action on a row failed. */
    void showMessage(String text) {
        message.setText(text);
    }

    /** The line under the table: how many rows, or why there are none. */
    String message() {
        return message.getText();
    }

    /** The rows shown, each as its column texts, top first. */
    List<List<String>> rows() {
        TableItem[] items = viewer.getTable().getItems();
        int columns = viewer.getTable().getColumnCount();
        return Arrays.stream(items).map(item -> IntStream.range(0, columns).mapToObj(item::getText).toList())
                .toList();
    }
}
