package org.cxm.ui.internal.integration;

import org.cxm.model.CxModel;
import org.cxm.model.DataSource;
import org.cxm.model.RecordSource;
import org.eclipse.jface.viewers.ITreeContentProvider;

/** The tree of the Data Sources view: model → data sources → record sources → field mappings. */
final class DataSourceContent implements ITreeContentProvider {

    @Override
    public Object[] getElements(Object input) {
        return input instanceof CxModel model ? model.getDataSources().toArray() : new Object[0];
    }

    @Override
    public Object[] getChildren(Object parent) {
        return switch (parent) {
            case DataSource source -> source.getRecordSources().toArray();
            case RecordSource recordSource -> recordSource.getFieldMappings().toArray();
            default -> new Object[0];
        };
    }

    @Override
    public Object getParent(Object element) {
        return element instanceof org.eclipse.emf.ecore.EObject object ? object.eContainer() : null;
    }

    @Override
    public boolean hasChildren(Object element) {
        return getChildren(element).length > 0;
    }
}
