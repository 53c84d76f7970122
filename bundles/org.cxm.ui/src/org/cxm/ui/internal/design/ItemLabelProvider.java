package org.cxm.ui.internal.design;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;

/** Labels and icons of model elements as their EMF Edit item providers describe them ("Journey Open an account"). */
final class ItemLabelProvider extends LabelProvider {

    private final AdapterFactory adapterFactory;
    private final ItemImages images;

    ItemLabelProvider(AdapterFactory adapterFactory, ItemImages images) {
        this.adapterFactory = adapterFactory;
        this.images = images;
    }

    @Override
    public String getText(Object element) {
        IItemLabelProvider provider = labels(element);
        return provider == null ? String.valueOf(element) : provider.getText(element);
    }

    @Override
    public Image getImage(Object element) {
        IItemLabelProvider provider = labels(element);
        return provider == null ? null : images.get(provider.getImage(element));
    }

    private IItemLabelProvider labels(Object element) {
        Object provider = adapterFactory.adapt(element, IItemLabelProvider.class);
        return provider instanceof IItemLabelProvider labels ? labels : null;
    }
}
