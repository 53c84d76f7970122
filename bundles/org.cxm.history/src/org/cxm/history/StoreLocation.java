package org.cxm.history;

import java.nio.file.Path;

/**
 * Where the customer history is kept: an embedded H2 database in a directory (the default, so the product
 * runs out of the box) or a PostgreSQL database (production).
 *
 * @param jdbcUrl the JDBC URL, {@code jdbc:h2:...} or {@code jdbc:postgresql:...}
 * @param user the database user, or {@code null}
 * @param password the password, or {@code null}; never stored in a model
 */
public record StoreLocation(String jdbcUrl, String user, String password) {

    /**
     * Where the embedded store is kept unless the user chooses otherwise: {@code $CXM_HOME/store}, or
     * {@code ~/.cxm/store} when CXM_HOME is not set. The command line and the workbench share it.
     */
    public static Path defaultDirectory() {
        String home = System.getenv("CXM_HOME");
        return (home != null ? Path.of(home) : Path.of(System.getProperty("user.home"), ".cxm")).resolve("store");
    }

    /** The embedded store in {@code directory} (created if missing). */
    public static StoreLocation embedded(Path directory) {
        Path file = directory.toAbsolutePath().normalize().resolve("history");
        return new StoreLocation("jdbc:h2:file:" + file + ";DB_CLOSE_ON_EXIT=FALSE", "sa", "");
    }

    /** An in-memory H2 store named {@code name}, for tests and trials; it lives while the JVM does. */
    public static StoreLocation inMemory(String name) {
        return new StoreLocation("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE", "sa", "");
    }

    /** The URL without credentials, for messages. */
    @Override
    public String toString() {
        return jdbcUrl;
    }
}
