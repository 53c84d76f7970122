package org.cxm.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.h2.jdbcx.JdbcDataSource;

/**
 * A CRM-shaped H2 file database with {@code rows} calls of {@code rows / 100} contacts, generated in SQL;
 * contacts' e-mails are unique, so identity resolution creates one customer each.
 */
final class BenchSource implements AutoCloseable {

    final String url;

    private final Connection connection;

    /** How often {@link #touch} has changed calls. */
    private int touches;

    BenchSource(Path directory, long rows) throws SQLException {
        url = "jdbc:h2:file:" + directory.resolve("crm").toAbsolutePath();
        JdbcDataSource source = new JdbcDataSource();
        source.setURL(url);
        source.setUser("sa");
        source.setPassword("");
        connection = source.getConnection();
        long contacts = Math.max(1, rows / 100);
        execute("CREATE TABLE contacts (id VARCHAR(36) PRIMARY KEY, first_name VARCHAR(100), last_name VARCHAR(100),"
                + " email1 VARCHAR(200), date_modified TIMESTAMP, deleted TINYINT DEFAULT 0)");
        execute("CREATE TABLE calls (id VARCHAR(36) PRIMARY KEY, parent_id VARCHAR(36), name VARCHAR(200),"
                + " description VARCHAR(1000), date_start TIMESTAMP, direction VARCHAR(20), status VARCHAR(20),"
                + " date_modified TIMESTAMP, deleted TINYINT DEFAULT 0)");
        execute("INSERT INTO contacts (id, first_name, last_name, email1, date_modified) SELECT 'c' || X, 'First' || X,"
                + " 'Last' || X, 'person' || X || '@example.com', TIMESTAMP '2025-01-01 00:00:00' + X * INTERVAL '1' SECOND"
                + " FROM SYSTEM_RANGE(1, " + contacts + ")");
        execute("INSERT INTO calls (id, parent_id, name, description, date_start, direction, status, date_modified)"
                + " SELECT 'k' || LPAD(X, 9, '0'), 'c' || (MOD(X, " + contacts + ") + 1), 'Call about order ' || X,"
                + " 'The customer asked about the delivery date of order ' || X || ' and was told it ships tomorrow.',"
                + " TIMESTAMP '2025-02-01 00:00:00' + X * INTERVAL '1' SECOND, CASEWHEN(MOD(X, 2) = 0, 'Inbound',"
                + " 'Outbound'), 'Held', TIMESTAMP '2025-02-01 00:00:00' + (X / 10) * INTERVAL '1' SECOND"
                + " FROM SYSTEM_RANGE(1, " + rows + ")");
        execute("CREATE INDEX calls_cursor ON calls (date_modified, id)");
        execute("CREATE INDEX contacts_cursor ON contacts (date_modified, id)");
    }

    /** Changes {@code share} of the calls (every n-th), as a day of CRM activity would. */
    void touch(double share) throws SQLException {
        long every = Math.round(1 / share);
        touches++;
        // Each touch a day later and with another status, so that every touch is a change the next sync reads.
        execute("UPDATE calls SET status = 'Changed " + touches + "', date_modified = DATEADD('MILLISECOND',"
                + " CAST(SUBSTRING(id, 2) AS BIGINT), TIMESTAMP '2026-01-01 00:00:00' + INTERVAL '" + touches
                + "' DAY) WHERE MOD(CAST(SUBSTRING(id, 2) AS BIGINT), " + every + ") = 0");
    }

    void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    Connection connection() {
        return connection;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
