package org.cxm.tests.support;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.cxm.history.StoreLocation;
import org.cxm.history.internal.DataSources;
import org.h2.jdbcx.JdbcDataSource;

/**
 * Counts the connections other code holds to a test database, as the database itself sees them, so that a
 * store left open shows even when the test never gave it to {@link OpenStores}.
 */
final class StoreConnections {

    /** H2's codes for "no such database" when connecting with IFEXISTS=TRUE. */
    private static final int DATABASE_NOT_FOUND = 90013;

    private static final int DATABASE_NOT_FOUND_WITH_IF_EXISTS = 90146;

    private StoreConnections() {
    }

    /**
     * The sessions of other connections to the H2 database at {@code location}, which is then shut down so
     * that its memory and files are given back; 0 when there is no such database (it was never opened).
     */
    static int h2SessionsThenShutDown(StoreLocation location) throws SQLException {
        JdbcDataSource source = new JdbcDataSource();
        source.setURL(location.jdbcUrl() + ";IFEXISTS=TRUE");
        source.setUser(location.user());
        source.setPassword(location.password() == null ? "" : location.password());
        try (Connection connection = source.getConnection(); Statement statement = connection.createStatement()) {
            int others = count(statement, "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS"
                    + " WHERE SESSION_ID <> SESSION_ID()");
            statement.execute("SHUTDOWN");
            return others;
        } catch (SQLException e) {
            if (e.getErrorCode() == DATABASE_NOT_FOUND || e.getErrorCode() == DATABASE_NOT_FOUND_WITH_IF_EXISTS) {
                return 0;
            }
            throw e;
        }
    }

    /** The client connections other than this one to the test PostgreSQL database. */
    static int postgresClients(StoreLocation location) throws SQLException {
        try (Connection connection = DataSources.of(location).getConnection();
                Statement statement = connection.createStatement()) {
            return count(statement, "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database()"
                    + " AND backend_type = 'client backend' AND pid <> pg_backend_pid()");
        }
    }

    private static int count(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
