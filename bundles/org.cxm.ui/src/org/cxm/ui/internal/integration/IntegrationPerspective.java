package org.cxm.ui.internal.integration;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * Integration: an integrator's view of how the CRM and ERP sources reach the customer history, with the
 * data sources of the open model, the sync runs, the records that could not be stored and the merges
 * identity resolution made.
 */
public final class IntegrationPerspective implements IPerspectiveFactory {

    public static final String ID = "org.cxm.ui.integration";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(false);
        String editors = layout.getEditorArea();
        layout.addView(DataSourcesView.ID, IPageLayout.LEFT, 0.3f, editors);
        layout.addView(SyncRunsView.ID, IPageLayout.TOP, 0.35f, editors);
        layout.addView(DeadLettersView.ID, IPageLayout.BOTTOM, 0.5f, SyncRunsView.ID);
        layout.addView(MergeJournalView.ID, IPageLayout.RIGHT, 0.5f, DeadLettersView.ID);
    }
}
