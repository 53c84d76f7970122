package org.cxm.connector.jdbc.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import javax.sql.DataSource;

import org.cxm.sync.spi.Connector;
import org.cxm.sync.spi.SourceException;
import org.cxm.sync.spi.SourceSession;
import org.h2.jdbcx.JdbcDataSource;
import org.mariadb.jdbc.MariaDbDataSource;
import org.osgi.service.component.annotations.Component;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Reads any relational source the model maps, over JDBC: H2, PostgreSQL, MariaDB and MySQL. What to read
 * and how comes from the record sources of the model; nothing here knows a CRM or ERP product.
 */
@Component(service = Connector.class)
public class JdbcConnector implements Connector {

    private static final List<String> PREFIXES = List.of("jdbc:h2:", "jdbc:postgresql:", "jdbc:mariadb:",
            "jdbc:mysql:");

    @Override
    public boolean supports(org.cxm.model.DataSource source) {
        String url = source.getJdbcUrl();
        return url != null && PREFIXES.stream().anyMatch(url::startsWith);
    }

    @Override
    public SourceSession open(org.cxm.model.DataSource source, String password) throws SourceException {
        try {
            Connection connection = dataSource(source.getJdbcUrl(), source.getUser(), password).getConnection();
            connection.setReadOnly(true);
            if (source.getJdbcUrl().startsWith("jdbc:h2:")) {
                // Stream a read in change order from the index instead of copying the result first (OpenRead).
                try (Statement lazy = connection.createStatement()) {
                    lazy.execute("SET LAZY_QUERY_EXECUTION TRUE");
                }
            }
            return new JdbcSourceSession(source.getName(), connection);
        } catch (SQLException e) {
            throw JdbcFailures.of("Cannot connect to " + source.getName() + " (" + source.getJdbcUrl() + ")", e);
        }
    }

    /** Under OSGi DriverManager does not see the drivers: instantiate each driver's DataSource instead. */
    static DataSource dataSource(String url, String user, String password) throws SQLException {
        String name = user == null ? "" : user;
        String secret = password == null ? "" : password;
        if (url.startsWith("jdbc:h2:")) {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL(url);
            h2.setUser(name);
            h2.setPassword(secret);
            return h2;
        }
        if (url.startsWith("jdbc:postgresql:")) {
            PGSimpleDataSource postgres = new PGSimpleDataSource();
            postgres.setURL(url);
            postgres.setUser(name);
            postgres.setPassword(secret);
            postgres.setConnectTimeout(10);
            return postgres;
        }
        String mariaUrl = url.startsWith("jdbc:mysql:") ? "jdbc:mariadb:" + url.substring("jdbc:mysql:".length()) : url;
        MariaDbDataSource maria = new MariaDbDataSource(mariaUrl);
        maria.setUser(name);
        maria.setPassword(secret);
        return maria;
    }
}
