package org.cxm.connector.jdbc.internal;

import java.sql.Clob;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.cxm.model.FieldMapping;
import org.cxm.model.IdentityMapping;
import org.cxm.model.RecordSource;
import org.cxm.sync.spi.Cursor;
import org.cxm.sync.spi.SourceException;
import org.cxm.sync.spi.SourceRecord;
import org.cxm.sync.spi.SourceSession;

/** A read-only JDBC connection to one data source for the length of a sync run. */
final class JdbcSourceSession implements SourceSession {

    private final String sourceName;

    private final Connection connection;

    /** The read the last batch came from, left open for the next batch; null before the first. */
    private OpenRead open;

    JdbcSourceSession(String sourceName, Connection connection) {
        this.sourceName = sourceName;
        this.connection = connection;
    }

    @Override
    public void verify(RecordSource source) throws SourceException {
        closeRead();
        Set<String> available = new LinkedHashSet<>();
        try (PreparedStatement statement = connection.prepareStatement(builder(source).probe());
                ResultSet rows = statement.executeQuery()) {
            ResultSetMetaData meta = rows.getMetaData();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                available.add(meta.getColumnLabel(i).toLowerCase(Locale.ROOT));
            }
        } catch (SQLException e) {
            throw new SourceException(sourceName + " / " + source.getName() + ": cannot read "
                    + SelectBuilder.origin(source) + ": " + e.getMessage(),
                    false, e);
        }
        List<String> missing = columnsNamed(source).stream()
                .filter(column -> !available.contains(column.toLowerCase(Locale.ROOT))).toList();
        if (!missing.isEmpty()) {
            throw new SourceException(sourceName + " / " + source.getName() + ": no column " + String.join(", ", missing)
                    + " in " + (source.getTable() != null ? source.getTable() : SelectBuilder.origin(source))
                    + "; it has "
                    + String.join(", ", available), false, null);
        }
    }

    /**
     * Continues the open read when {@code after} is where it stopped, which is what a sync run asks for
     * batch after batch; otherwise (the first batch, a retry after a failure) starts a new read from
     * {@code after}. An open read that fails, say because the server dropped a result left unread too long,
     * is started again once from {@code after} before the failure is reported.
     */
    @Override
    public List<SourceRecord> read(RecordSource source, Cursor after, int limit) throws SourceException {
        SelectBuilder select = builder(source);
        if (open != null && open.continues(source, after)) {
            try {
                return open.next(limit);
            } catch (SQLException e) {
                closeRead();
            }
        }
        closeRead();
        try {
            open = OpenRead.start(connection, source, select, after, limit);
            return open.next(limit);
        } catch (SQLException e) {
            closeRead();
            throw JdbcFailures.of(sourceName + " / " + source.getName() + ": reading failed", e);
        }
    }

    @Override
    public Set<String> keys(RecordSource source) throws SourceException {
        closeRead();
        Set<String> keys = new HashSet<>();
        try (PreparedStatement statement = connection.prepareStatement(builder(source).keys());
                ResultSet rows = statement.executeQuery()) {
            int count = source.getPrimaryKey().size();
            while (rows.next()) {
                List<Object> values = new ArrayList<>(count);
                for (int i = 1; i <= count; i++) {
                    values.add(rows.getObject(i));
                }
                keys.add(RecordKeys.join(values));
            }
            return keys;
        } catch (SQLException e) {
            throw JdbcFailures.of(sourceName + " / " + source.getName() + ": reading the keys failed", e);
        }
    }

    @Override
    public void close() {
        closeRead();
        try {
            connection.close();
        } catch (SQLException e) {
            // Nothing was written through this read-only connection; there is nothing to lose.
        }
    }

    private void closeRead() {
        if (open != null) {
            open.close();
            open = null;
        }
    }

    static SourceRecord record(RecordSource source, ResultSetMetaData meta, ResultSet rows)
            throws SQLException {
        Map<String, Object> columns = new HashMap<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            columns.put(meta.getColumnLabel(i).toLowerCase(Locale.ROOT), value(rows.getObject(i)));
        }
        List<Object> keyValues = new ArrayList<>();
        for (String key : source.getPrimaryKey()) {
            keyValues.add(columns.get(key.toLowerCase(Locale.ROOT)));
        }
        Object cursorValue = null;
        for (String column : source.getCursorColumns()) {
            cursorValue = cursorValue != null ? cursorValue : columns.get(column.toLowerCase(Locale.ROOT));
        }
        String key = keyValues.contains(null) ? null : RecordKeys.join(keyValues);
        return new SourceRecord(key, new Cursor(cursorValue, keyValues), columns);
    }

    /** JDBC's legacy types as java.time and plain strings, so mapping and cursors see one representation. */
    private static Object value(Object value) throws SQLException {
        return switch (value) {
            case Timestamp timestamp -> timestamp.toLocalDateTime();
            case java.sql.Date date -> date.toLocalDate();
            case Clob clob -> clob.getSubString(1, (int) Math.min(clob.length(), Integer.MAX_VALUE));
            case null, default -> value;
        };
    }

    private static SelectBuilder builder(RecordSource source) throws SourceException {
        try {
            return new SelectBuilder(source);
        } catch (IllegalArgumentException e) {
            throw new SourceException(e.getMessage(), false, e);
        }
    }

    private static List<String> columnsNamed(RecordSource source) {
        Set<String> columns = new LinkedHashSet<>(source.getPrimaryKey());
        columns.addAll(source.getCursorColumns());
        if (source.getDeletedColumn() != null) {
            columns.add(source.getDeletedColumn());
        }
        for (FieldMapping mapping : source.getFieldMappings()) {
            if (mapping.getColumn() != null) {
                columns.add(mapping.getColumn());
            }
        }
        for (IdentityMapping mapping : source.getIdentityMappings()) {
            columns.add(mapping.getColumn());
            if (mapping.getRegionColumn() != null) {
                columns.add(mapping.getRegionColumn());
            }
            if (mapping.getUnlessColumn() != null) {
                columns.add(mapping.getUnlessColumn());
            }
        }
        return new ArrayList<>(columns);
    }
}
