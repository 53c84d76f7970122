package org.cxm.ui.internal.customer;

import java.util.List;
import java.util.function.Consumer;

import org.cxm.history.Customer;
import org.cxm.history.HistoryStore;
import org.cxm.ui.internal.LaunchArguments;
import org.cxm.ui.internal.StoreSession;
import org.cxm.ui.internal.UiJobs;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;

/**
 * Search as you type: name, e-mail, phone or any system's id of a customer; the query runs in a job and the
 * results list updates when it returns. Selecting a customer shows it in the other Customer 360 views.
 */
public final class CustomerSearchView extends ViewPart {

    public static final String ID = "org.cxm.ui.customerSearch";
    private static final int DELAY_MILLIS = 200;

    private Text query;
    private TableViewer results;
    private Label message;
    private Job running;
    private final Consumer<HistoryStore> storeListener = this::storeChanged;

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        query = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        query.setMessage("Name, e-mail, phone or source id");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(query);
        results = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
        results.setContentProvider(ArrayContentProvider.getInstance());
        results.setLabelProvider(new CustomerLabels());
        GridDataFactory.fillDefaults().grab(true, true).applyTo(results.getControl());
        message = new Label(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(message);
        getSite().setSelectionProvider(results);
        query.addModifyListener(event -> search(query.getText()));
        StoreSession.addListener(storeListener);
        String preset = LaunchArguments.current().customer();
        if (preset != null) {
            query.setText(preset);
        }
    }

    /** Types {@code text} into the search field, as a user would. */
    public void setQuery(String text) {
        query.setText(text);
    }

    /** The customers found, or what went wrong, as the line under the results says it. */
    public String resultMessage() {
        return message.getText();
    }

    private void search(String text) {
        if (running != null) {
            running.cancel();
        }
        running = UiJobs.load("Searching customers", query,
                () -> StoreSession.customerViews().search(text, 200), this::show,
                failure -> message.setText("Store not available: " + failure));
        running.schedule(DELAY_MILLIS);
    }

    private void show(List<Customer> customers) {
        results.setInput(customers);
        message.setText(customers.size() + (customers.size() == 1 ? " customer" : " customers"));
        if (customers.size() == 1) {
            results.setSelection(new StructuredSelection(customers.get(0)), true);
        }
    }

    private void storeChanged(Object ignored) {
        query.getDisplay().asyncExec(() -> {
            if (!query.isDisposed()) {
                search(query.getText());
            }
        });
    }

    @Override
    public void setFocus() {
        query.setFocus();
    }

    @Override
    public void dispose() {
        StoreSession.removeListener(storeListener);
        super.dispose();
    }
}
