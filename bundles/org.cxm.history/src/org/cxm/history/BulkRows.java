package org.cxm.history;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.jdbi.v3.core.Handle;
import org.postgresql.PGConnection;

/**
 * New rows of one table, collected and then written at once: with COPY on PostgreSQL, which takes a first
 * load's millions of rows at several times the rate of batched inserts because it neither parses nor binds
 * a statement per row; with one batch of inserts elsewhere (H2 is embedded, it has no round trips to save).
 * A value is a {@link String}, a number, a {@link Boolean}, a {@code java.time} value or {@code null}.
 * A unique or foreign key the rows violate fails the whole write with its SQL state (23505, 23503), as a
 * batch insert would.
 */
public final class BulkRows {

    private final String table;

    private final List<String> columns;

    private final List<Object[]> rows = new ArrayList<>();

    private BulkRows(String table, List<String> columns) {
        this.table = table;
        this.columns = columns;
    }

    /** Rows of {@code columns} of {@code table}, whose values {@link #add} takes in this order. */
    public static BulkRows into(String table, String... columns) {
        return new BulkRows(table, List.of(columns));
    }

    /** Adds one row, a value for each column in the order {@link #into} named them. */
    public void add(Object... values) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException(table + " has " + columns.size() + " columns to write, not "
                    + values.length);
        }
        rows.add(values);
    }

    public int size() {
        return rows.size();
    }

    /** Writes the rows in {@code handle}'s transaction and forgets them; throws {@link SQLException} as JDBC does. */
    public void write(Handle handle) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        Connection connection = handle.getConnection();
        if (connection.isWrapperFor(PGConnection.class)) {
            copy(connection.unwrap(PGConnection.class));
        } else {
            insert(connection);
        }
        rows.clear();
    }

    private void copy(PGConnection connection) throws SQLException {
        StringBuilder text = new StringBuilder(rows.size() * 64 * columns.size());
        for (Object[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    text.append('\t');
                }
                appendCopyValue(text, row[i]);
            }
            text.append('\n');
        }
        try {
            connection.getCopyAPI().copyIn("COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN",
                    new StringReader(text.toString()));
        } catch (IOException e) {
            // A StringReader does not fail; the driver reports the server's refusal as an SQLException.
            throw new SQLException("Cannot send rows of " + table + ": " + e.getMessage(), e);
        }
    }

    private void insert(Connection connection) throws SQLException {
        String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    statement.setObject(i + 1, row[i]);
                }
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    /** Appends {@code value} in COPY's text format: {@code \N} for null, special characters escaped. */
    private static void appendCopyValue(StringBuilder text, Object value) {
        switch (value) {
            case null -> text.append("\\N");
            case Boolean bool -> text.append(bool ? 't' : 'f');
            case BigDecimal number -> text.append(number.toPlainString());
            case Number number -> text.append(number);
            case TemporalAccessor time -> text.append(time);
            default -> {
                String string = value.toString();
                for (int i = 0; i < string.length(); i++) {
                    char c = string.charAt(i);
                    switch (c) {
                        case '\\' -> text.append("\\\\");
                        case '\t' -> text.append("\\t");
                        case '\n' -> text.append("\\n");
                        case '\r' -> text.append("\\r");
                        default -> text.append(c);
                    }
                }
            }
        }
    }
}
