package org.cxm.demo.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * Inserts rows through one prepared statement, executed in batches of {@value #BATCH} rows. Rows that refer
 * to rows of other batches by foreign key name those batches as {@code referenced}: they are flushed first.
 */
final class BatchedRows implements AutoCloseable {

    private static final int BATCH = 1000;

    private final PreparedStatement statement;

    private final List<BatchedRows> referenced;

    private int pending;

    BatchedRows(Connection connection, String sql, BatchedRows... referenced) throws SQLException {
        this.statement = connection.prepareStatement(sql);
        this.referenced = List.of(referenced);
    }

    void add(Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
        statement.addBatch();
        if (++pending == BATCH) {
            flush();
        }
    }

    void flush() throws SQLException {
        for (BatchedRows batch : referenced) {
            batch.flush();
        }
        if (pending > 0) {
            statement.executeBatch();
            pending = 0;
        }
    }

    @Override
    public void close() throws SQLException {
        try {
            flush();
        } finally {
            statement.close();
        }
    }
}
