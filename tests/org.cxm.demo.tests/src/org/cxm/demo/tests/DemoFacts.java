package org.cxm.demo.tests;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.cxm.history.HistoryStore;
import org.cxm.model.CxModel;
import org.cxm.model.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/** What a user can look up in a prepared demo: rows of its source databases, customers of its history. */
final class DemoFacts {

    private DemoFacts() {
    }

    /** The number {@code sql} counts in the source database of the demo model's data source {@code name}. */
    static long countInSource(CxModel model, String name, String sql) throws SQLException {
        DataSource mapped = model.getDataSources().stream().filter(s -> s.getName().equals(name)).findFirst()
                .orElseThrow();
        JdbcDataSource source = new JdbcDataSource();
        source.setURL(mapped.getJdbcUrl());
        source.setUser(mapped.getUser());
        source.setPassword("");
        try (Connection connection = source.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** The active customer the source customer {@code sourceId} of {@code system} belongs to, or -1. */
    static long customerOf(HistoryStore store, String system, String sourceId) {
        return store.jdbi().withHandle(handle -> handle.createQuery("SELECT COALESCE(c.merged_into, c.id)"
                + " FROM source_customer s JOIN customer c ON c.id = s.customer_id"
                + " WHERE s.source_system = :system AND s.source_id = :id").bind("system", system)
                .bind("id", sourceId).mapTo(Long.class).findOne().orElse(-1L));
    }

    /** Active customers with at least one source customer that is not deleted. */
    static long liveCustomers(HistoryStore store) {
        return store.jdbi().withHandle(handle -> handle.createQuery("SELECT COUNT(DISTINCT c.id) FROM customer c"
                + " JOIN source_customer s ON s.customer_id = c.id WHERE c.merged_into IS NULL AND s.deleted = FALSE")
                .mapTo(Long.class).one());
    }
}
