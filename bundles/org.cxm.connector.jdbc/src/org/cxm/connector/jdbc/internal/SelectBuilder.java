package org.cxm.connector.jdbc.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.cxm.model.RecordSource;
import org.cxm.model.validation.SqlIdentifiers;
import org.cxm.sync.spi.Cursor;

/**
 * Builds the SELECTs of a record source. Table and column names come from the model and are checked to
 * be plain SQL identifiers before they reach SQL text; every value is a bound parameter. A record source
 * reads a table, its own query or a named query of its data source, each as {@code src}, and adds its
 * filter, a condition in parentheses that cannot leave them, to every read.
 *
 * <p>Records are read in (cursor, key) order and continued strictly after the last (cursor, key) read,
 * so records that share a cursor value are neither skipped nor read twice across batches or runs.
 */
final class SelectBuilder {

    private final RecordSource source;

    SelectBuilder(RecordSource source) {
        this.source = source;
        for (String column : columnsNamed()) {
            if (!SqlIdentifiers.isColumn(column)) {
                throw new IllegalArgumentException(source.getName() + " names the column \"" + column
                        + "\", which is not a plain SQL column name");
            }
        }
        if (source.getTable() != null && !source.getTable().isBlank() && !SqlIdentifiers.isTable(source.getTable())) {
            throw new IllegalArgumentException(source.getName() + " reads the table \"" + source.getTable()
                    + "\", which is not a plain SQL table name");
        }
        String problem = hasFilter() ? SqlIdentifiers.filterProblem(source.getFilter()) : null;
        if (problem != null) {
            throw new IllegalArgumentException(source.getName() + " has the filter \"" + source.getFilter()
                    + "\", which " + problem);
        }
        if (!hasTable() && query() == null) {
            throw new IllegalArgumentException(source.getName() + " names no table, query or named query to read");
        }
    }

    /** What the record source reads, for messages: a table, its query or a named query. */
    static String origin(RecordSource source) {
        if (source.getTable() != null && !source.getTable().isBlank()) {
            return "table " + source.getTable();
        }
        return source.getNamedQuery() != null ? "the query \"" + source.getNamedQuery().getName() + "\""
                : "the query";
    }

    /** All rows, no columns: to learn the column names (and, with a filter, to have the database check it). */
    String probe() {
        return "SELECT * FROM " + from() + " WHERE 1 = 0" + filter(" AND ");
    }

    /**
     * The records after {@code after} in change order, to the end; parameters in the order of
     * {@link #parameters(Cursor)}. Read a batch at a time from one open result (see {@link OpenRead}).
     */
    String changes(Cursor after) {
        String cursor = cursorExpression();
        StringBuilder sql = new StringBuilder("SELECT * FROM ").append(from()).append(" WHERE ").append(cursor)
                .append(" IS NOT NULL").append(filter(" AND "));
        if (!after.isStart() && after.keyValues().isEmpty()) {
            sql.append(" AND ").append(cursor).append(" > ?");
        } else if (!after.isStart()) {
            // "cursor >= ?" first, so that databases scan the (cursor, key) index from there on.
            sql.append(" AND ").append(cursor).append(" >= ? AND (").append(cursor).append(" > ? OR ")
                    .append(keyTuple()).append(" > ").append(placeholders(source.getPrimaryKey().size())).append(')');
        }
        sql.append(" ORDER BY ").append(cursor).append(", ").append(String.join(", ", source.getPrimaryKey()));
        return sql.toString();
    }

    List<Object> parameters(Cursor after) {
        List<Object> parameters = new ArrayList<>();
        if (!after.isStart()) {
            parameters.add(after.value());
            if (!after.keyValues().isEmpty()) {
                parameters.add(after.value());
                parameters.addAll(after.keyValues());
            }
        }
        return parameters;
    }

    /** The key columns of every record. */
    String keys() {
        return "SELECT " + String.join(", ", source.getPrimaryKey()) + " FROM " + from() + filter(" WHERE ");
    }

    /** The cursor: the one cursor column, or the first non-null of several. */
    String cursorExpression() {
        List<String> columns = source.getCursorColumns();
        return columns.size() == 1 ? columns.get(0) : "COALESCE(" + String.join(", ", columns) + ")";
    }

    private String keyTuple() {
        List<String> keys = source.getPrimaryKey();
        return keys.size() == 1 ? keys.get(0) : "(" + String.join(", ", keys) + ")";
    }

    private static String placeholders(int count) {
        return count == 1 ? "?" : "(" + "?, ".repeat(count - 1) + "?)";
    }

    private String from() {
        return hasTable() ? source.getTable() + " src" : "(" + query().strip().replaceAll(";\\s*$", "") + ") src";
    }

    private boolean hasTable() {
        return source.getTable() != null && !source.getTable().isBlank();
    }

    /** The record source's own query, or else the SQL of its named query; {@code null} when it has neither. */
    private String query() {
        if (source.getQuery() != null && !source.getQuery().isBlank()) {
            return source.getQuery();
        }
        String named = source.getNamedQuery() == null ? null : source.getNamedQuery().getSql();
        return named == null || named.isBlank() ? null : named;
    }

    private boolean hasFilter() {
        return source.getFilter() != null && !source.getFilter().isBlank();
    }

    /** The filter as a condition after {@code keyword}, or nothing without one. */
    private String filter(String keyword) {
        return hasFilter() ? keyword + "(" + source.getFilter().strip() + ")" : "";
    }

    private List<String> columnsNamed() {
        List<String> columns = new ArrayList<>(source.getPrimaryKey());
        columns.addAll(source.getCursorColumns());
        return columns.stream().distinct().collect(Collectors.toList());
    }
}
