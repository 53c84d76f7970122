package org.cxm.ui.internal.design;

import java.util.List;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ComboBoxViewerCellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

/** A read-only drop-down whose value is the chosen object itself (a literal, a channel), not its index. */
final class ChoiceCellEditor extends ComboBoxViewerCellEditor {

    ChoiceCellEditor(Composite parent, List<?> choices, ILabelProvider labels) {
        super(parent, SWT.READ_ONLY);
        setContentProvider(ArrayContentProvider.getInstance());
        setLabelProvider(labels);
        setInput(choices);
    }
}
