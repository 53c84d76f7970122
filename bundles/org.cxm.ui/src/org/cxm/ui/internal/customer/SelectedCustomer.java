package org.cxm.ui.internal.customer;

import java.util.function.Consumer;

import org.cxm.history.Customer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IViewPart;

/** Follows the customer selected in the search view and tells a view when it changes. */
final class SelectedCustomer {

    private SelectedCustomer() {
    }

    /** Registers {@code onChange} with the view's window; it receives the newly selected customer. */
    static ISelectionListener follow(IViewPart view, Consumer<Customer> onChange) {
        ISelectionListener listener = (part, selection) -> {
            if (selection instanceof IStructuredSelection structured
                    && structured.getFirstElement() instanceof Customer customer) {
                onChange.accept(customer);
            }
        };
        view.getSite().getPage().addSelectionListener(CustomerSearchView.ID, listener);
        if (view.getSite().getPage().getSelection(CustomerSearchView.ID) instanceof IStructuredSelection current
                && current.getFirstElement() instanceof Customer customer) {
            onChange.accept(customer);
        }
        return listener;
    }

    static void unfollow(IViewPart view, ISelectionListener listener) {
        view.getSite().getPage().removeSelectionListener(CustomerSearchView.ID, listener);
    }
}
