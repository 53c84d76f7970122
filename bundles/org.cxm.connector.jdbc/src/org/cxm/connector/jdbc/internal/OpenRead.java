package org.cxm.connector.jdbc.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.cxm.model.RecordSource;
import org.cxm.sync.spi.Cursor;
import org.cxm.sync.spi.SourceRecord;

/**
 * One SELECT of a record source in change order, left open between batches. A sync run asks for the batch
 * after the last record it was given; answering that from the open result set means the source evaluates
 * and sorts its rows once a run instead of once a batch. That matters for a record source given as a query
 * whose cursor is computed (a join, the latest change of a record and its link rows): no index serves
 * such a cursor, so a LIMIT query a batch would read the whole join for every batch.
 *
 * <p>The read runs in a transaction of its own, so that PostgreSQL streams it with a server-side cursor
 * rather than sending every row at once; the transaction ends when the read is closed.
 */
final class OpenRead implements AutoCloseable {

    private final Connection connection;

    private final RecordSource source;

    private final PreparedStatement statement;

    private final ResultSet rows;

    private final ResultSetMetaData meta;

    private Cursor last;

    private boolean exhausted;

    private OpenRead(Connection connection, RecordSource source, PreparedStatement statement, ResultSet rows)
            throws SQLException {
        this.connection = connection;
        this.source = source;
        this.statement = statement;
        this.rows = rows;
        this.meta = rows.getMetaData();
    }

    /** Starts reading {@code source} after {@code after}, {@code fetchSize} rows from the server at a time. */
    static OpenRead start(Connection connection, RecordSource source, SelectBuilder select, Cursor after, int fetchSize)
            throws SQLException {
        connection.setAutoCommit(false);
        PreparedStatement statement = null;
        try {
            statement = connection.prepareStatement(select.changes(after), ResultSet.TYPE_FORWARD_ONLY,
                    ResultSet.CONCUR_READ_ONLY);
            statement.setFetchSize(fetchSize);
            List<Object> parameters = select.parameters(after);
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            OpenRead read = new OpenRead(connection, source, statement, statement.executeQuery());
            read.last = after;
            return read;
        } catch (SQLException | RuntimeException e) {
            if (statement != null) {
                statement.close();
            }
            endTransaction(connection);
            throw e;
        }
    }

    /** Whether the next batch of this read is the batch of {@code source} after {@code after}. */
    boolean continues(RecordSource source, Cursor after) {
        return this.source == source && after.equals(last);
    }

    /** Up to {@code limit} next records; fewer only at the end of the rows. */
    List<SourceRecord> next(int limit) throws SQLException {
        List<SourceRecord> records = new ArrayList<>(Math.min(limit, 10_000));
        while (!exhausted && records.size() < limit) {
            if (rows.next()) {
                records.add(JdbcSourceSession.record(source, meta, rows));
            } else {
                exhausted = true;
            }
        }
        if (!records.isEmpty()) {
            last = records.get(records.size() - 1).cursor();
        }
        return records;
    }

    @Override
    public void close() {
        try {
            // A read closed early (a cancelled run) may first have to drain the rows already on their way.
            statement.close();
        } catch (SQLException e) {
            // A read-only statement: closing it cannot lose anything; the connection goes on or fails next use.
        }
        endTransaction(connection);
    }

    private static void endTransaction(Connection connection) {
        try {
            connection.rollback();
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            // Nothing was written in this transaction; if the connection is broken, its next use says so.
        }
    }
}
