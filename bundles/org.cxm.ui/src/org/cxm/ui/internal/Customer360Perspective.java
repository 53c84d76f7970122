package org.cxm.ui.internal;

import org.cxm.ui.internal.customer.CustomerCardView;
import org.cxm.ui.internal.customer.CustomerSearchView;
import org.cxm.ui.internal.customer.TimelineView;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** Customer 360: a service rep's view of one customer across every connected system. */
public final class Customer360Perspective implements IPerspectiveFactory {

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(false);
        String editors = layout.getEditorArea();
        layout.addView(CustomerSearchView.ID, IPageLayout.LEFT, 0.25f, editors);
        layout.addView(CustomerCardView.ID, IPageLayout.TOP, 0.4f, editors);
        layout.addView(TimelineView.ID, IPageLayout.BOTTOM, 0.4f, CustomerCardView.ID);
    }
}
