package org.cxm.connector.api.tests;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.UUID;

import org.cxm.demo.data.SourceSchemas;
import org.cxm.model.CxModel;
import org.cxm.model.DataSource;
import org.cxm.model.resource.CxmFiles;
import org.cxm.tests.support.ExampleModels;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The source systems of the preset tests: an Odoo-shaped embedded database filled by the demo's generator,
 * the JDBC preset pointed at it, and the emulated JSON API over the same database with the API preset
 * pointed at it.
 */
final class SourceDatabases {

    static final String ODOO_API_KEY = "test-key";

    private SourceDatabases() {
    }

    /** A new, empty Odoo-shaped database (H2 in PostgreSQL mode, as the demo's). */
    static Connection odoo() throws SQLException {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(odooUrl("odoo-" + UUID.randomUUID()));
        h2.setUser("sa");
        Connection connection = h2.getConnection();
        SourceSchemas.createOdoo(connection);
        return connection;
    }

    /** Odoo's JSON-2 API over {@code database}. */
    static MockApiServer odooApi(Connection database) throws Exception {
        return new MockApiServer(new OdooJsonApi(database, ODOO_API_KEY));
    }

    /** The Odoo JDBC preset with only {@code recordSources}, reading {@code database}. */
    static CxModel odooJdbcPreset(Connection database, Set<String> recordSources) throws Exception {
        CxModel preset = CxmFiles.load(ExampleModels.preset(ExampleModels.ODOO_PRESET));
        DataSource source = preset.getDataSources().get(0);
        source.getRecordSources().removeIf(recordSource -> !recordSources.contains(recordSource.getName()));
        source.getQueries().clear();
        source.setJdbcUrl(database.getMetaData().getURL());
        source.setUser("sa");
        source.setCredential(null);
        return preset;
    }

    /** The Odoo API preset pointed at {@code server}. */
    static CxModel odooApiPreset(MockApiServer server) throws Exception {
        CxModel preset = CxmFiles.load(ExampleModels.preset(ExampleModels.ODOO_API_PRESET));
        DataSource source = preset.getDataSources().get(0);
        source.getApi().setBaseUrl(server.baseUrl());
        source.setRetryDelaySeconds(0);
        return preset;
    }

    /** A partner that is a customer, has a live parent-less record and orders. */
    static long oneLiveCustomerPartner(Connection database) throws SQLException {
        try (Statement statement = database.createStatement();
                ResultSet rows = statement.executeQuery("SELECT MIN(p.id) FROM res_partner p WHERE p.active"
                        + " AND p.partner_share AND p.parent_id IS NULL AND p.email IS NOT NULL")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    static void execute(Connection database, String sql) throws SQLException {
        try (Statement statement = database.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String odooUrl(String name) {
        return "jdbc:h2:mem:" + name + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;"
                + "DB_CLOSE_DELAY=-1";
    }
}
