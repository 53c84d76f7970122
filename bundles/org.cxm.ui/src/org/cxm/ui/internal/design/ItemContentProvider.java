package org.cxm.ui.internal.design;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.edit.provider.IChangeNotifier;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.IViewerNotification;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.widgets.Display;

/**
 * Lets a JFace tree show what the EMF Edit item providers say an element contains, and keeps the tree in
 * step with the model: the item providers turn model changes into viewer notifications, and this provider
 * refreshes or relabels just the element they name.
 */
final class ItemContentProvider implements ITreeContentProvider, INotifyChangedListener {

    private static final Object[] NONE = {};

    private final AdapterFactory adapterFactory;
    private StructuredViewer viewer;

    ItemContentProvider(AdapterFactory adapterFactory) {
        this.adapterFactory = adapterFactory;
        if (adapterFactory instanceof IChangeNotifier notifier) {
            notifier.addListener(this);
        }
    }

    @Override
    public Object[] getElements(Object input) {
        Object provider = adapterFactory.adapt(input, IStructuredItemContentProvider.class);
        return provider instanceof IStructuredItemContentProvider items ? items.getElements(input).toArray() : NONE;
    }

    @Override
    public Object[] getChildren(Object parent) {
        ITreeItemContentProvider provider = tree(parent);
        return provider == null ? NONE : provider.getChildren(parent).toArray();
    }

    @Override
    public Object getParent(Object element) {
        ITreeItemContentProvider provider = tree(element);
        return provider == null ? null : provider.getParent(element);
    }

    @Override
    public boolean hasChildren(Object element) {
        ITreeItemContentProvider provider = tree(element);
        return provider != null && provider.hasChildren(element);
    }

    private ITreeItemContentProvider tree(Object element) {
        Object provider = adapterFactory.adapt(element, ITreeItemContentProvider.class);
        return provider instanceof ITreeItemContentProvider tree ? tree : null;
    }

    @Override
    public void inputChanged(Viewer changed, Object oldInput, Object newInput) {
        viewer = (StructuredViewer) changed;
    }

    @Override
    public void notifyChanged(Notification notification) {
        StructuredViewer target = viewer;
        if (target == null || target.getControl().isDisposed()) {
            return;
        }
        Runnable update = () -> update(target, notification);
        if (Display.getCurrent() != null) {
            update.run();
        } else {
            target.getControl().getDisplay().asyncExec(update);
        }
    }

    private static void update(StructuredViewer target, Notification notification) {
        if (target.getControl().isDisposed()) {
            return;
        }
        if (!(notification instanceof IViewerNotification change) || change.getElement() == null) {
            target.refresh();
        } else if (change.isContentRefresh()) {
            target.refresh(change.getElement(), change.isLabelUpdate());
        } else if (change.isLabelUpdate()) {
            target.update(change.getElement(), null);
        }
    }

    @Override
    public void dispose() {
        if (adapterFactory instanceof IChangeNotifier notifier) {
            notifier.removeListener(this);
        }
    }
}
