package org.cxm.ui.internal.design;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * Journey design: a CX architect's workbench. The model tree on the left, the selected journey rendered on
 * the right, and below it the selected element's properties and the model's validation problems.
 */
public final class JourneyDesignPerspective implements IPerspectiveFactory {

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(false);
        String editors = layout.getEditorArea();
        layout.addView(ModelView.ID, IPageLayout.LEFT, 0.3f, editors);
        layout.addView(JourneyMapView.ID, IPageLayout.TOP, 0.6f, editors);
        IFolderLayout details = layout.createFolder("org.cxm.ui.design.details", IPageLayout.BOTTOM, 0.6f,
                JourneyMapView.ID);
        details.addView(IPageLayout.ID_PROP_SHEET);
        details.addView(IPageLayout.ID_PROBLEM_VIEW);
        layout.addShowViewShortcut(ModelView.ID);
        layout.addShowViewShortcut(JourneyMapView.ID);
        layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
        layout.addShowViewShortcut(IPageLayout.ID_PROBLEM_VIEW);
    }
}
