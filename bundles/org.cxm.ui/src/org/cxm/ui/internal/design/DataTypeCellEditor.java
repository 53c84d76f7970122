package org.cxm.ui.internal.design;

import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.widgets.Composite;

/**
 * A text field for an attribute of any data type: it shows the value as EMF writes it in the file and turns
 * the typed text back into a value of the attribute's type, refusing text that does not convert (a letter in
 * a number), so a wrong entry is never applied.
 */
final class DataTypeCellEditor extends TextCellEditor {

    private final EDataType type;

    DataTypeCellEditor(Composite parent, EDataType type) {
        super(parent);
        this.type = type;
        setValidator(value -> problemWith((String) value));
    }

    @Override
    protected Object doGetValue() {
        String text = (String) super.doGetValue();
        if (type.getInstanceClass() == String.class) {
            return text;
        }
        return problemWith(text) == null ? EcoreUtil.createFromString(type, text) : null;
    }

    @Override
    protected void doSetValue(Object value) {
        super.doSetValue(value == null ? "" : EcoreUtil.convertToString(type, value));
    }

    private String problemWith(String text) {
        if (type.getInstanceClass() == String.class) {
            return null;
        }
        try {
            EcoreUtil.createFromString(type, text);
            return null;
        } catch (RuntimeException e) {
            return "'" + text + "' is not a valid " + type.getName();
        }
    }
}
