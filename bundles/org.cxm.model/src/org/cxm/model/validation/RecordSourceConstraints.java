package org.cxm.model.validation;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.cxm.model.CanonicalField;
import org.cxm.model.CxmPackage;
import org.cxm.model.DataSource;
import org.cxm.model.FieldMapping;
import org.cxm.model.IdentifierKind;
import org.cxm.model.IdentityMapping;
import org.cxm.model.NamedQuery;
import org.cxm.model.RecordKind;
import org.cxm.model.RecordSource;
import org.cxm.model.query.ElementPath;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Rules of a record source: a table, a single SELECT or a named query of its own data source, a filter
 * that is one condition, valid SQL identifiers for every column it names, a key, a cursor, and the
 * mappings its kind of record needs (interactions need a time and a customer).
 */
final class RecordSourceConstraints {

    private RecordSourceConstraints() {
    }

    static void check(RecordSource source, Problems problems) {
        String label = CxmValidator.capitalized(ElementPath.describe(source));
        boolean api = source.eContainer() instanceof DataSource dataSource && ApiConstraints.isApi(dataSource);
        if (api) {
            ApiConstraints.check(source, label, problems);
        } else {
            checkOrigin(source, label, problems);
            if (source.getRequest() != null) {
                problems.report(ValidationRule.API_REQUEST_INVALID, source, CxmPackage.Literals.RECORD_SOURCE__REQUEST,
                        label + " has an API request but its data source is read over JDBC; remove the request, or"
                                + " give the data source API settings.");
            }
        }
        checkColumns(source, source.getPrimaryKey(), "key column", CxmPackage.Literals.RECORD_SOURCE__PRIMARY_KEY,
                problems);
        checkColumns(source, source.getCursorColumns(), "cursor column",
                CxmPackage.Literals.RECORD_SOURCE__CURSOR_COLUMNS, problems);
        if (source.getPrimaryKey().isEmpty()) {
            problems.report(ValidationRule.RECORD_SOURCE_KEY_MISSING, source,
                    CxmPackage.Literals.RECORD_SOURCE__PRIMARY_KEY,
                    label + " has no key column; name the column(s) that identify a record, such as id.");
        }
        if (source.getCursorColumns().isEmpty()) {
            problems.report(ValidationRule.RECORD_SOURCE_CURSOR_MISSING, source,
                    CxmPackage.Literals.RECORD_SOURCE__CURSOR_COLUMNS, label + " has no cursor column, so every"
                            + " sync reads the whole table; name a last-modified column such as date_modified.");
        }
        if ((source.getDeletedColumn() == null) != (source.getDeletedValue() == null)) {
            problems.report(ValidationRule.RECORD_SOURCE_DELETE_MARKER_INCOMPLETE, source,
                    CxmPackage.Literals.RECORD_SOURCE__DELETED_COLUMN, label + " names only half of its soft-delete"
                            + " marker; give both the column and the value that means deleted (deleted = 1).");
        }
        checkColumns(source, source.getDeletedColumn() == null ? List.of() : List.of(source.getDeletedColumn()),
                "soft-delete column", CxmPackage.Literals.RECORD_SOURCE__DELETED_COLUMN, problems);
        if (source.getBatchSize() < 1 || source.getLookBackSeconds() < 0 || source.getReconcileEveryHours() < 0) {
            problems.report(ValidationRule.RECORD_SOURCE_LIMITS_INVALID, source,
                    CxmPackage.Literals.RECORD_SOURCE__BATCH_SIZE, label + " reads batches of "
                            + source.getBatchSize() + " with a look-back of " + source.getLookBackSeconds()
                            + " s, reconciled every " + source.getReconcileEveryHours() + " h; use a batch size of"
                            + " at least 1, a look-back of 0 s or more and a reconciliation interval of 0 h (only"
                            + " when asked) or more.");
        }
        checkMappings(source, label, problems);
    }

    private static void checkOrigin(RecordSource source, String label, Problems problems) {
        boolean hasTable = source.getTable() != null && !source.getTable().isBlank();
        boolean hasQuery = source.getQuery() != null && !source.getQuery().isBlank();
        NamedQuery named = source.getNamedQuery();
        List<String> origins = new ArrayList<>();
        if (hasTable) {
            origins.add("a table");
        }
        if (hasQuery) {
            origins.add("a query");
        }
        if (named != null) {
            origins.add("a named query");
        }
        checkFilter(source, label, problems);
        if (origins.size() != 1) {
            problems.report(ValidationRule.RECORD_SOURCE_ORIGIN_INVALID, source, CxmPackage.Literals.RECORD_SOURCE__TABLE,
                    label + (origins.size() == 2 ? " has both " + String.join(" and ", origins) + "; keep one."
                            : origins.size() == 3 ? " has a table, a query and a named query; keep one."
                                    : " has neither a table nor a query; name the table to read, give a SELECT or"
                                            + " name a query of its data source."));
        } else if (named != null && named.eResource() != null && named.eContainer() != source.eContainer()) {
            problems.report(ValidationRule.RECORD_SOURCE_ORIGIN_INVALID, source,
                    CxmPackage.Literals.RECORD_SOURCE__NAMED_QUERY, label + " reads " + ElementPath.of(named)
                            + ", a query of another data source; name a query of its own data source.");
        } else if (hasTable && !SqlIdentifiers.isTable(source.getTable())) {
            problems.report(ValidationRule.SQL_IDENTIFIER_INVALID, source, CxmPackage.Literals.RECORD_SOURCE__TABLE,
                    label + " reads the table \"" + source.getTable() + "\", which is not a plain SQL name; use"
                            + " letters, digits and _ (schema.table is allowed), or give a query instead.");
        } else if (hasQuery && !SqlIdentifiers.isSingleSelect(source.getQuery())) {
            problems.report(ValidationRule.SQL_IDENTIFIER_INVALID, source, CxmPackage.Literals.RECORD_SOURCE__QUERY,
                    label + " has a query that is not a single SELECT; write one SELECT (or WITH) statement without"
                            + " a semicolon between statements.");
        }
    }

    private static void checkFilter(RecordSource source, String label, Problems problems) {
        String filter = source.getFilter();
        String problem = filter == null ? null : SqlIdentifiers.filterProblem(filter);
        if (problem != null) {
            problems.report(ValidationRule.RECORD_SOURCE_FILTER_INVALID, source,
                    CxmPackage.Literals.RECORD_SOURCE__FILTER, label + " has the filter \"" + filter + "\", which "
                            + problem + ". A filter is one condition on the columns read, such as message_type ="
                            + " 'comment'.");
        }
    }

    private static void checkMappings(RecordSource source, String label, Problems problems) {
        Set<CanonicalField> mapped = EnumSet.noneOf(CanonicalField.class);
        for (FieldMapping mapping : source.getFieldMappings()) {
            checkColumn(mapping, mapping.getColumn(), "mapped column", CxmPackage.Literals.FIELD_MAPPING__COLUMN,
                    mapping.getDefaultValue() != null, problems);
            if (mapping.getField() != null && !mapped.add(mapping.getField())) {
                problems.report(ValidationRule.FIELD_MAPPED_TWICE, mapping, CxmPackage.Literals.FIELD_MAPPING__FIELD,
                        label + " maps " + mapping.getField().getLiteral() + " twice; keep one mapping per field.");
            }
        }
        for (IdentityMapping mapping : source.getIdentityMappings()) {
            checkColumn(mapping, mapping.getColumn(), "identifier column",
                    CxmPackage.Literals.IDENTITY_MAPPING__COLUMN, false, problems);
            checkColumn(mapping, mapping.getRegionColumn(), "region column",
                    CxmPackage.Literals.IDENTITY_MAPPING__REGION_COLUMN, true, problems);
            checkColumn(mapping, mapping.getUnlessColumn(), "unless column",
                    CxmPackage.Literals.IDENTITY_MAPPING__UNLESS_COLUMN, true, problems);
            if (mapping.getRegionColumn() != null && mapping.getKind() != IdentifierKind.PHONE) {
                problems.report(ValidationRule.REGION_COLUMN_NOT_PHONE, mapping,
                        CxmPackage.Literals.IDENTITY_MAPPING__REGION_COLUMN, CxmValidator.capitalized(
                                ElementPath.of(mapping)) + " maps a " + mapping.getKind().getLiteral() + " with the"
                                + " region column " + mapping.getRegionColumn() + "; only phone numbers are read"
                                + " by region, so the column is not used.");
            }
        }
        if (source.getKind() != RecordKind.CUSTOMER) {
            requireForInteractions(source, label, mapped, problems);
        } else if (source.getIdentityMappings().isEmpty()) {
            problems.report(ValidationRule.CUSTOMER_IDENTIFIERS_MISSING, source,
                    CxmPackage.Literals.RECORD_SOURCE__IDENTITY_MAPPINGS, label + " maps no identifier (email, phone,"
                            + " tax id), so its customers can never be matched with other systems; map one.");
        }
    }

    private static void requireForInteractions(RecordSource source, String label, Set<CanonicalField> mapped,
            Problems problems) {
        if (!mapped.contains(CanonicalField.OCCURRED_AT)) {
            problems.report(ValidationRule.RECORD_SOURCE_MAPPING_MISSING, source,
                    CxmPackage.Literals.RECORD_SOURCE__FIELD_MAPPINGS, label + " holds " + source.getKind().getLiteral()
                            + " records but maps no occurredAt; map the column that says when it happened.");
        }
        boolean customerLinked = mapped.contains(CanonicalField.CUSTOMER_REF) && source.getCustomerSource() != null;
        if (!customerLinked && source.getIdentityMappings().isEmpty()) {
            problems.report(ValidationRule.RECORD_SOURCE_MAPPING_MISSING, source,
                    CxmPackage.Literals.RECORD_SOURCE__CUSTOMER_SOURCE, label + " cannot tell whose "
                            + source.getKind().getLiteral() + " a record is; map customerRef and set the customer"
                            + " source, or map an identifier such as the email.");
        }
        if (source.getCustomerSource() != null && source.getCustomerSource().getKind() != RecordKind.CUSTOMER) {
            problems.report(ValidationRule.RECORD_SOURCE_MAPPING_MISSING, source,
                    CxmPackage.Literals.RECORD_SOURCE__CUSTOMER_SOURCE, label + " takes its customers from "
                            + ElementPath.describe(source.getCustomerSource()) + ", which does not hold customers.");
        }
    }

    private static void checkColumns(RecordSource source, List<String> columns, String what,
            EStructuralFeature feature, Problems problems) {
        for (String column : columns) {
            checkColumn(source, column, what, feature, false, problems);
        }
    }

    private static void checkColumn(EObject element, String column, String what, EStructuralFeature feature,
            boolean optional, Problems problems) {
        if (column == null && optional) {
            return;
        }
        if (readsApi(element)) {
            String label = CxmValidator.capitalized(ElementPath.of(element)) + " names the " + what + " \"" + column
                    + "\"";
            if (column == null || column.isEmpty()) {
                problems.report(ValidationRule.FIELD_PATH_INVALID, element, feature, label + "; name the field of"
                        + " each record, such as email_id or partner_id.0.");
            } else {
                ApiConstraints.checkPath(element, feature, column, label, problems);
            }
            return;
        }
        if (!SqlIdentifiers.isColumn(column)) {
            problems.report(ValidationRule.SQL_IDENTIFIER_INVALID, element, feature,
                    CxmValidator.capitalized(ElementPath.of(element)) + " names the " + what + " \"" + column
                            + "\", which is not a plain SQL column name; use letters, digits and _.");
        }
    }

    /** Whether {@code element} is, or belongs to, a record source of an API data source: its columns are paths. */
    private static boolean readsApi(EObject element) {
        for (EObject e = element; e != null; e = e.eContainer()) {
            if (e instanceof DataSource source) {
                return ApiConstraints.isApi(source);
            }
        }
        return false;
    }
}
