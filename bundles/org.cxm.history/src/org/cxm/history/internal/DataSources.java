package org.cxm.history.internal;

import javax.sql.DataSource;

import org.cxm.history.StoreLocation;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Creates JDBC data sources for store locations. Under OSGi, DriverManager only sees drivers visible to
 * the caller's class loader, so the store never goes through it: it instantiates the driver's DataSource.
 */
public final class DataSources {

    private DataSources() {
    }

    public static DataSource of(StoreLocation location) {
        Dialect dialect = Dialect.of(location.jdbcUrl());
        if (dialect == null) {
            throw new IllegalArgumentException("Unsupported store URL " + location.jdbcUrl()
                    + "; use jdbc:h2:... (embedded) or jdbc:postgresql://host/database");
        }
        return switch (dialect) {
            case H2 -> h2(location);
            case POSTGRESQL -> postgresql(location);
        };
    }

    private static DataSource h2(StoreLocation location) {
        JdbcDataSource source = new JdbcDataSource();
        source.setURL(location.jdbcUrl());
        source.setUser(location.user() == null ? "" : location.user());
        source.setPassword(location.password() == null ? "" : location.password());
        return source;
    }

    private static DataSource postgresql(StoreLocation location) {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setURL(location.jdbcUrl());
        if (location.user() != null) {
            source.setUser(location.user());
        }
        if (location.password() != null) {
            source.setPassword(location.password());
        }
        source.setReWriteBatchedInserts(true);
        return source;
    }
}
