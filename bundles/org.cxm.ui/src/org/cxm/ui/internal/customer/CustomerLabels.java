package org.cxm.ui.internal.customer;

import org.cxm.history.Customer;
import org.eclipse.jface.viewers.LabelProvider;

/** A customer in a list: name, then the e-mail address or phone number that tells namesakes apart. */
final class CustomerLabels extends LabelProvider {

    @Override
    public String getText(Object element) {
        Customer customer = (Customer) element;
        String contact = customer.email() != null ? customer.email() : customer.phone();
        String name = customer.displayName() == null ? "#" + customer.id() : customer.displayName();
        return contact == null ? name : name + "  <" + contact + ">";
    }
}
