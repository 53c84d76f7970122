package org.cxm.ui.internal.integration;

import java.util.Map;

import org.cxm.model.DataSource;
import org.cxm.model.FieldMapping;
import org.cxm.model.RecordSource;
import org.eclipse.emf.ecore.EObject;

/**
 * The texts of the Data Sources tree: a name, what a row reads (URL, table or query, cursor) and the
 * result of the last connection test of the row, if any.
 */
final class DataSourceLabels {

    private DataSourceLabels() {
    }

    static String name(Object element) {
        return switch (element) {
            case DataSource source -> source.getName();
            case RecordSource recordSource -> recordSource.getName();
            case FieldMapping mapping -> mapping.getColumn();
            default -> String.valueOf(element);
        };
    }

    static String details(Object element) {
        return switch (element) {
            case DataSource source -> address(source) + "  user " + text(source.getUser()) + ", credential "
                    + text(source.getCredential());
            case RecordSource rs -> rs.getKind() + ", " + origin(rs) + ", cursor " + String.join(", ",
                    rs.getCursorColumns());
            case FieldMapping mapping -> "\u2192 " + mapping.getField();
            default -> "";
        };
    }

    /** "ok", the problem the last test found, or nothing when the row was not tested. */
    static String check(Object element, Map<EObject, String> checks) {
        return element instanceof EObject object ? checks.getOrDefault(object, "") : "";
    }

    /** Where a data source is read: its JDBC URL, or its API's base URL and how it authenticates. */
    static String address(DataSource source) {
        if (source.getApi() == null) {
            return String.valueOf(source.getJdbcUrl());
        }
        return "API " + source.getApi().getBaseUrl() + (source.getApi().getAuthenticator() == null ? ""
                : " (" + source.getApi().getAuthenticator().getKind().getLiteral() + ")");
    }

    private static String origin(RecordSource source) {
        if (source.getRequest() != null) {
            return source.getRequest().getMethod().getLiteral() + " " + source.getRequest().getPath();
        }
        return source.getTable() != null ? "table " + source.getTable() : "query";
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? "none" : value;
    }
}
