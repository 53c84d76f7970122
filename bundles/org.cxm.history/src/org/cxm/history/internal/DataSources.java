package org.cxm.history.internal;

import java.util.Locale;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

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

    /**
     * A pooled data source for {@code location}: a store serves many short queries (timelines, searches),
     * and neither a TCP connection nor an embedded database should be opened for each. Close it with
     * {@link #close(DataSource)}.
     */
    public static DataSource pooled(StoreLocation location) {
        HikariConfig config = new HikariConfig();
        config.setDataSource(of(location));
        config.setPoolName("cxm-store");
        config.setMaximumPoolSize(4);
        config.setMinimumIdle(1);
        // Unreachable stores are reported by HistoryStore.open with their URL, not by the pool.
        config.setInitializationFailTimeout(-1);
        return new HikariDataSource(config);
    }

    public static void close(DataSource dataSource) {
        if (dataSource instanceof HikariDataSource pool) {
            pool.close();
        }
    }

    /** Whether {@code dataSource}, made by {@link #pooled}, was closed. */
    public static boolean isClosed(DataSource dataSource) {
        return dataSource instanceof HikariDataSource pool && pool.isClosed();
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
        String url = location.jdbcUrl();
        // H2 keeps the plans of only 8 statements per session by default; resolving one customer runs about
        // twenty different ones, which H2 would otherwise parse and plan again each time.
        if (!url.toUpperCase(Locale.ROOT).contains("QUERY_CACHE_SIZE")) {
            url += ";QUERY_CACHE_SIZE=256";
        }
        source.setURL(url);
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
