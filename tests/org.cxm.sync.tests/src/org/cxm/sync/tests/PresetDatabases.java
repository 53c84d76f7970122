package org.cxm.sync.tests;

import java.lang.reflect.InvocationTargetException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.cxm.connector.jdbc.internal.JdbcConnector;
import org.cxm.demo.data.CrmErpDataGenerator;
import org.cxm.demo.data.SourceSchemas;
import org.cxm.history.HistoryStore;
import org.cxm.model.CxModel;
import org.cxm.model.DataSource;
import org.cxm.model.resource.CxmFiles;
import org.cxm.model.resource.ModelLoadException;
import org.cxm.sync.SyncEngine;
import org.cxm.sync.SyncListener;
import org.cxm.sync.SyncOptions;
import org.cxm.sync.SyncSummary;
import org.cxm.tests.support.ExampleModels;
import org.cxm.tests.support.TestStores;

/**
 * The source databases of the preset tests and the presets pointed at them: a SuiteCRM database in the test
 * MariaDB server (system property {@value #MARIADB_URL}, user and password cxm) and an Odoo database in its
 * own database {@value #ODOO_DATABASE} on the test PostgreSQL server ({@link TestStores#POSTGRES_URL}; the
 * store tests empty that server's own database, not this one).
 */
final class PresetDatabases {

    /** The system property with the JDBC URL of the test MariaDB server's database, such as cxm_test. */
    static final String MARIADB_URL = "cxm.test.mariadb.url";

    /** The database the Odoo tables are created in, next to the store's database. */
    static final String ODOO_DATABASE = "cxm_odoo";

    private static final String MARIADB_USER = System.getProperty("cxm.test.mariadb.user", "cxm");

    private static final String MARIADB_PASSWORD = System.getProperty("cxm.test.mariadb.password", "cxm");

    private static final String POSTGRES_USER = "cxm";

    private static final String POSTGRES_PASSWORD = "";

    /** The environment the sync engine resolves the presets' credentials (env:...) from. */
    private static final Map<String, String> ENVIRONMENT = Map.of("SUITECRM_PASSWORD", MARIADB_PASSWORD,
            "ODOO_PASSWORD", POSTGRES_PASSWORD);

    private PresetDatabases() {
    }

    /** What a sync run did, with the records each record source read ("SuiteCRM/calls"). */
    record Run(SyncSummary summary, Map<String, Integer> reads) {

        /** The records {@code system}'s record sources read, by record source name. */
        Map<String, Integer> reads(String system) {
            return reads.entrySet().stream().filter(e -> e.getKey().startsWith(system + "/"))
                    .collect(Collectors.toMap(e -> e.getKey().substring(system.length() + 1), Map.Entry::getValue,
                            Integer::sum, TreeMap::new));
        }
    }

    /** A connection to the empty SuiteCRM schema in the test MariaDB server. */
    static Connection suiteCrm() throws SQLException {
        Connection connection = connect(mariaDbUrl(), MARIADB_USER, MARIADB_PASSWORD);
        SourceSchemas.createSuiteCrm(connection);
        return connection;
    }

    /** A connection to the empty Odoo schema in its own database on the test PostgreSQL server. */
    static Connection odoo() throws SQLException {
        try (Connection server = connect(postgresUrl(), POSTGRES_USER, POSTGRES_PASSWORD);
                PreparedStatement exists = server.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, ODOO_DATABASE);
            try (ResultSet rows = exists.executeQuery()) {
                if (!rows.next()) {
                    try (Statement create = server.createStatement()) {
                        create.execute("CREATE DATABASE " + ODOO_DATABASE);
                    }
                }
            }
        }
        Connection connection = connect(odooUrl(), POSTGRES_USER, POSTGRES_PASSWORD);
        SourceSchemas.createOdoo(connection);
        return connection;
    }

    /** The SuiteCRM preset, its data source pointed at the test MariaDB server. */
    static CxModel suiteCrmPreset() throws ModelLoadException {
        CxModel preset = CxmFiles.load(ExampleModels.preset(ExampleModels.SUITECRM_PRESET));
        pointAt(preset, mariaDbUrl(), MARIADB_USER, "SUITECRM_PASSWORD");
        return preset;
    }

    /** The Odoo preset, its data source pointed at the Odoo database on the test PostgreSQL server. */
    static CxModel odooPreset() throws ModelLoadException {
        CxModel preset = CxmFiles.load(ExampleModels.preset(ExampleModels.ODOO_PRESET));
        pointAt(preset, odooUrl(), POSTGRES_USER, "ODOO_PASSWORD");
        return preset;
    }

    /** Syncs the data sources of {@code models} in one run into {@code store}. */
    static Run sync(HistoryStore store, CxModel... models) {
        return sync(store, SyncOptions.defaults(), models);
    }

    static Run sync(HistoryStore store, SyncOptions options, CxModel... models) {
        Map<String, Integer> reads = new TreeMap<>();
        SyncListener listener = new SyncListener() {

            @Override
            public void batchCommitted(String dataSource, String recordSource, int records, long readSoFar) {
                reads.merge(dataSource + "/" + recordSource, records, Integer::sum);
            }

            @Override
            public void failed(String message) {
                options.listener().failed(message);
            }
        };
        SyncSummary summary = new SyncEngine(List.of(new JdbcConnector()), ENVIRONMENT::get).run(List.of(models),
                store, new SyncOptions(options.reconcileDeletes(), listener));
        return new Run(summary, reads);
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

    /** The dead letters of the store as "system/record source key: reason". */
    static List<CrmErpDataGenerator.DeadLetter> deadLetters(HistoryStore store) {
        return store.jdbi().withHandle(handle -> handle.createQuery("SELECT source_system, record_source,"
                + " source_record_id, reason FROM dead_letter ORDER BY source_system, record_source, source_record_id")
                .map((rs, ctx) -> new CrmErpDataGenerator.DeadLetter(rs.getString(1), rs.getString(2),
                        rs.getString(3), rs.getString(4)))
                .list());
    }

    private static void pointAt(CxModel preset, String url, String user, String passwordVariable) {
        DataSource source = preset.getDataSources().get(0);
        source.setJdbcUrl(url);
        source.setUser(user);
        // A reference, never the password: the sync engine's environment (ENVIRONMENT) answers it.
        source.setCredential("env:" + passwordVariable);
        source.setMaxAttempts(2);
        source.setRetryDelaySeconds(1);
    }

    private static String mariaDbUrl() {
        String url = System.getProperty(MARIADB_URL);
        if (url == null) {
            throw new IllegalStateException("No test MariaDB server: run the tests with ./mvnw verify, which starts"
                    + " one (releng/test-databases/mariadb.sh) and sets " + MARIADB_URL);
        }
        return url;
    }

    private static String postgresUrl() {
        String url = System.getProperty(TestStores.POSTGRES_URL);
        if (url == null) {
            throw new IllegalStateException("No test PostgreSQL server: run the tests with ./mvnw verify, which"
                    + " starts one and sets " + TestStores.POSTGRES_URL);
        }
        return url;
    }

    /** The URL of the test PostgreSQL server with {@value #ODOO_DATABASE} as its database. */
    static String odooUrl() {
        String url = postgresUrl();
        int query = url.indexOf('?');
        String base = query < 0 ? url : url.substring(0, query);
        return base.substring(0, base.lastIndexOf('/') + 1) + ODOO_DATABASE + (query < 0 ? "" : url.substring(query));
    }

    /**
     * Opens a connection with the driver's own DataSource. This bundle imports no JDBC driver package (and
     * DriverManager does not see drivers under OSGi), but the JDBC connector imports org.mariadb.jdbc and
     * org.postgresql.ds, so its class loader finds them; reflection keeps this class free of driver types.
     */
    private static Connection connect(String url, String user, String password) throws SQLException {
        ClassLoader drivers = JdbcConnector.class.getClassLoader();
        try {
            Object source;
            if (url.startsWith("jdbc:mariadb:")) {
                source = Class.forName("org.mariadb.jdbc.MariaDbDataSource", true, drivers).getConstructor(String.class)
                        .newInstance(url);
            } else {
                source = Class.forName("org.postgresql.ds.PGSimpleDataSource", true, drivers).getConstructor()
                        .newInstance();
                source.getClass().getMethod("setURL", String.class).invoke(source, url);
                source.getClass().getMethod("setReWriteBatchedInserts", boolean.class).invoke(source, true);
            }
            source.getClass().getMethod("setUser", String.class).invoke(source, user);
            source.getClass().getMethod("setPassword", String.class).invoke(source, password);
            return (Connection) source.getClass().getMethod("getConnection").invoke(source);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof SQLException failure) {
                throw failure;
            }
            throw new IllegalStateException("Cannot connect to " + url, e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("No JDBC driver for " + url + " visible to the JDBC connector", e);
        }
    }
}
