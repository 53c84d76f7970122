package org.cxm.bench;

import org.cxm.model.CanonicalField;
import org.cxm.model.CxmFactory;
import org.cxm.model.FieldMapping;
import org.cxm.model.IdentifierKind;
import org.cxm.model.IdentityMapping;
import org.cxm.model.RecordKind;
import org.cxm.model.RecordSource;

/** The pieces of the integration models the benchmarks sync with: record sources and their mappings. */
final class BenchModels {

    private BenchModels() {
    }

    /** A record source reading {@code table} by its {@code id}, incrementally by {@code date_modified}. */
    static RecordSource recordSource(String table, RecordKind kind, int batchSize) {
        RecordSource source = CxmFactory.eINSTANCE.createRecordSource();
        source.setName(table);
        source.setTable(table);
        source.setKind(kind);
        source.getPrimaryKey().add("id");
        source.getCursorColumns().add("date_modified");
        source.setBatchSize(batchSize);
        return source;
    }

    static FieldMapping field(String column, CanonicalField field) {
        FieldMapping mapping = CxmFactory.eINSTANCE.createFieldMapping();
        mapping.setColumn(column);
        mapping.setField(field);
        return mapping;
    }

    static IdentityMapping identity(String column, IdentifierKind kind) {
        IdentityMapping mapping = CxmFactory.eINSTANCE.createIdentityMapping();
        mapping.setColumn(column);
        mapping.setKind(kind);
        return mapping;
    }
}
