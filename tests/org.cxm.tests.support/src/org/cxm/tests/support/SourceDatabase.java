package org.cxm.tests.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.h2.jdbcx.JdbcDataSource;

/**
 * A small CRM-shaped source database in H2 memory: contacts and the calls made with them, with SuiteCRM's
 * column names, last-modified cursor and deleted flag. Tests change it between sync runs.
 */
public final class SourceDatabase implements AutoCloseable {

    public final String url = "jdbc:h2:mem:crm-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

    private final Connection connection;

    public SourceDatabase() throws SQLException {
        JdbcDataSource source = new JdbcDataSource();
        source.setURL(url);
        source.setUser("sa");
        source.setPassword("");
        connection = source.getConnection();
        execute("CREATE TABLE contacts (id VARCHAR(36) PRIMARY KEY, first_name VARCHAR(100), last_name VARCHAR(100),"
                + " email1 VARCHAR(200), phone_mobile VARCHAR(40), date_modified TIMESTAMP, deleted TINYINT DEFAULT 0)");
        execute("CREATE TABLE calls (id VARCHAR(36) PRIMARY KEY, parent_id VARCHAR(36), name VARCHAR(2000),"
                + " description VARCHAR(8000), date_start VARCHAR(40), direction VARCHAR(20), status VARCHAR(20),"
                + " date_modified TIMESTAMP, deleted TINYINT DEFAULT 0)");
    }

    public void contact(String id, String first, String last, String email, String phone, String modified)
            throws SQLException {
        update("MERGE INTO contacts (id, first_name, last_name, email1, phone_mobile, date_modified) KEY (id)"
                + " VALUES (?, ?, ?, ?, ?, ?)", id, first, last, email, phone, java.sql.Timestamp.valueOf(modified));
    }

    public void call(String id, String contact, String subject, String start, String direction, String modified)
            throws SQLException {
        update("MERGE INTO calls (id, parent_id, name, date_start, direction, status, date_modified) KEY (id)"
                + " VALUES (?, ?, ?, ?, ?, 'Held', ?)", id, contact, subject, start, direction,
                java.sql.Timestamp.valueOf(modified));
    }

    /**
     * How often statements containing {@code sqlPart} ran since {@code SET QUERY_STATISTICS TRUE}, from H2's
     * statistics of the statements any connection ran in this database.
     */
    public long executions(String sqlPart) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT COALESCE(SUM(EXECUTION_COUNT), 0)"
                + " FROM INFORMATION_SCHEMA.QUERY_STATISTICS WHERE SQL_STATEMENT LIKE ?")) {
            statement.setString(1, "%" + sqlPart + "%");
            try (java.sql.ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    public void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    public void update(String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }

    @Override
    public void close() throws SQLException {
        execute("SHUTDOWN");
        connection.close();
    }
}
