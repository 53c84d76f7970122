package org.cxm.ui.internal.design;

import java.util.EventObject;
import java.util.function.Consumer;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.IPropertySourceProvider;
import org.eclipse.ui.views.properties.PropertySheetPage;

/**
 * The CX model view: the open model as a tree, labelled and structured by its EMF Edit item providers. Its
 * selection drives the Properties view (through {@link ItemPropertySourceProvider}) and the Journey map.
 * A model is validated when it is shown, and selecting one of its problems in the Problems view selects the
 * element the problem is about.
 */
public final class ModelView extends ViewPart {

    public static final String ID = "org.cxm.ui.design.model";

    private TreeViewer viewer;
    private ItemImages images;
    private EditedModel shown;
    private DesignActions actions;
    private PropertySheetPage propertyPage;
    private final ItemPropertySourceProvider properties = new ItemPropertySourceProvider(
            () -> shown == null ? null : shown.adapterFactory());
    private final CommandStackListener onEdit = this::edited;
    private final Consumer<EditedModel> onOpen = opened -> viewerDisplay(() -> show(opened));
    private final ISelectionListener onProblemSelected = (part, selection) -> reveal(selection);

    @Override
    public void createPartControl(Composite parent) {
        viewer = new TreeViewer(parent, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
        images = new ItemImages(viewer.getControl());
        getSite().setSelectionProvider(viewer);
        actions = new DesignActions(this);
        actions.contributeTo(getViewSite().getActionBars());
        DesignSession.addListener(onOpen);
        getSite().getPage().addPostSelectionListener(IPageLayout.ID_PROBLEM_VIEW, onProblemSelected);
        try {
            show(DesignSession.current());
        } catch (Exception e) {
            setContentDescription("The model could not be opened: " + e.getMessage());
        }
    }

    private void show(EditedModel model) {
        if (shown != null) {
            shown.removeChangeListener(onEdit);
        }
        shown = model;
        if (model == null) {
            viewer.setInput(null);
            setContentDescription("No model open: use Open model... on the toolbar.");
        } else {
            viewer.setContentProvider(new ItemContentProvider(model.adapterFactory()));
            viewer.setLabelProvider(new ItemLabelProvider(model.adapterFactory(), images));
            viewer.setInput(model.model().eResource());
            viewer.expandToLevel(2);
            model.addChangeListener(onEdit);
            ValidationJob.start(model);
        }
        edited(null);
    }

    /** After an edit, undo or redo: the dirty mark, the actions and the Properties view follow. */
    private void edited(EventObject ignored) {
        refreshState();
    }

    /** Brings the dirty mark, the actions and the Properties view up to date with the model. */
    void refreshState() {
        viewerDisplay(() -> {
            if (shown != null) {
                setContentDescription(shown.file().getFileName() + (shown.isDirty() ? " (unsaved changes)" : ""));
            }
            actions.update();
            if (propertyPage != null && propertyPage.getControl() != null && !propertyPage.getControl().isDisposed()) {
                propertyPage.refresh();
            }
        });
    }

    private void viewerDisplay(Runnable update) {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        viewer.getControl().getDisplay().asyncExec(() -> {
            if (!viewer.getControl().isDisposed()) {
                update.run();
            }
        });
    }

    private void reveal(ISelection selection) {
        if (selection instanceof IStructuredSelection problems && !problems.isEmpty()) {
            EObject element = ProblemMarkers.elementOf(Adapters.adapt(problems.getFirstElement(), IMarker.class),
                    shown);
            if (element != null) {
                select(element);
            }
        }
    }

    /** The model shown, or {@code null}. */
    public EditedModel model() {
        return shown;
    }

    public TreeViewer viewer() {
        return viewer;
    }

    /** The adapter through which the Properties view reads and edits the selected element. */
    public IPropertySourceProvider propertySourceProvider() {
        return properties;
    }

    /** Selects and reveals {@code element} in the tree, as if the user had clicked it. */
    public void select(Object element) {
        viewer.setSelection(new StructuredSelection(element), true);
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == IPropertySheetPage.class) {
            // One page per view, created on demand: the workbench may ask more than once, and edits must
            // refresh the page the Properties view actually shows.
            if (propertyPage == null || propertyPage.getControl() != null && propertyPage.getControl().isDisposed()) {
                propertyPage = new PropertySheetPage();
                propertyPage.setPropertySourceProvider(properties);
            }
            return adapter.cast(propertyPage);
        }
        return super.getAdapter(adapter);
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        DesignSession.removeListener(onOpen);
        getSite().getPage().removePostSelectionListener(IPageLayout.ID_PROBLEM_VIEW, onProblemSelected);
        if (shown != null) {
            shown.removeChangeListener(onEdit);
        }
        super.dispose();
    }
}
