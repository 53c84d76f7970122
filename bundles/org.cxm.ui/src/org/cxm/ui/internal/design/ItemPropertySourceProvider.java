package org.cxm.ui.internal.design;

import java.util.function.Supplier;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.IPropertySourceProvider;

/**
 * Gives the Properties view a property source for each model element, built from the element's EMF Edit
 * item property source, so the view shows and edits the properties the generated item providers declare.
 */
public final class ItemPropertySourceProvider implements IPropertySourceProvider {

    private final Supplier<AdapterFactory> adapterFactory;

    /** {@code adapterFactory} gives the item providers of the model open now (it changes when another opens). */
    public ItemPropertySourceProvider(Supplier<AdapterFactory> adapterFactory) {
        this.adapterFactory = adapterFactory;
    }

    @Override
    public IPropertySource getPropertySource(Object object) {
        AdapterFactory factory = adapterFactory.get();
        if (factory == null || object == null) {
            return null;
        }
        Object itemSource = factory.adapt(object, IItemPropertySource.class);
        return itemSource instanceof IItemPropertySource source ? new ItemPropertySource(object, source) : null;
    }
}
