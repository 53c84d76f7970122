package org.cxm.ui.internal.design;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.IPropertyDescriptor;

/**
 * One property of a model element as the Properties view needs it: name, category, value labels and the
 * cell editor that fits the feature (a drop-down for yes/no, enumerations and references, a text field that
 * converts to the attribute's type otherwise). Many-valued features are shown but not edited here.
 */
final class PropertyDescriptorAdapter implements IPropertyDescriptor {

    private final Object object;
    private final IItemPropertyDescriptor descriptor;

    PropertyDescriptorAdapter(Object object, IItemPropertyDescriptor descriptor) {
        this.object = object;
        this.descriptor = descriptor;
    }

    @Override
    public CellEditor createPropertyEditor(Composite parent) {
        if (!descriptor.canSetProperty(object) || descriptor.isMany(object)) {
            return null;
        }
        Object feature = descriptor.getFeature(object);
        EDataType type = feature instanceof EAttribute attribute ? attribute.getEAttributeType() : null;
        if (type != null && (type.getInstanceClass() == boolean.class || type.getInstanceClass() == Boolean.class)) {
            return new ChoiceCellEditor(parent, List.of(Boolean.TRUE, Boolean.FALSE), getLabelProvider());
        }
        Collection<?> choices = descriptor.getChoiceOfValues(object);
        if (choices != null) {
            return new ChoiceCellEditor(parent, choices.stream().filter(Objects::nonNull).toList(), getLabelProvider());
        }
        return type == null ? null : new DataTypeCellEditor(parent, type);
    }

    @Override
    public String getCategory() {
        return descriptor.getCategory(object);
    }

    @Override
    public String getDescription() {
        return descriptor.getDescription(object);
    }

    @Override
    public String getDisplayName() {
        return descriptor.getDisplayName(object);
    }

    @Override
    public String[] getFilterFlags() {
        return descriptor.getFilterFlags(object);
    }

    @Override
    public Object getHelpContextIds() {
        return descriptor.getHelpContextIds(object);
    }

    @Override
    public Object getId() {
        return descriptor.getId(object);
    }

    /** Values labelled the way the item providers label them: a channel by its name, an enum by its literal. */
    @Override
    public ILabelProvider getLabelProvider() {
        IItemLabelProvider labels = descriptor.getLabelProvider(object);
        return new LabelProvider() {
            @Override
            public String getText(Object value) {
                return labels.getText(value);
            }
        };
    }

    @Override
    public boolean isCompatibleWith(IPropertyDescriptor other) {
        return other instanceof PropertyDescriptorAdapter adapter
                && descriptor.getFeature(object) instanceof EStructuralFeature feature
                && feature == adapter.descriptor.getFeature(adapter.object);
    }
}
