package org.cxm.history;

import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * Where the customer history is kept: an embedded H2 database in a directory (the default, so the product
 * runs out of the box) or a PostgreSQL database (production).
 *
 * @param jdbcUrl the JDBC URL, {@code jdbc:h2:...} or {@code jdbc:postgresql:...}
 * @param user the database user, or {@code null}
 * @param password the password, or {@code null}; never stored in a model
 */
public record StoreLocation(String jdbcUrl, String user, String password) {

    /** The user the embedded H2 store is created with (empty password): a file only its owner can read. */
    private static final String EMBEDDED_USER = "sa";

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
        return new StoreLocation("jdbc:h2:file:" + file + ";DB_CLOSE_ON_EXIT=FALSE", EMBEDDED_USER, "");
    }

    /**
     * The store a {@code --store} (command line) or {@code -store} (workbench) argument names, so that every
     * program reads it alike: a directory holds the embedded store; an embedded H2 URL ({@code jdbc:h2:...},
     * the form {@link #embedded} makes) opens with the embedded store's own user; a PostgreSQL URL takes its
     * user and password from CXM_STORE_USER and CXM_STORE_PASSWORD in {@code environment}.
     *
     * @throws IllegalArgumentException for a JDBC URL of another database
     */
    public static StoreLocation of(String argument, UnaryOperator<String> environment) {
        if (argument.startsWith("jdbc:h2:")) {
            return new StoreLocation(argument, EMBEDDED_USER, "");
        }
        if (argument.startsWith("jdbc:postgresql:")) {
            return new StoreLocation(argument, environment.apply("CXM_STORE_USER"),
                    environment.apply("CXM_STORE_PASSWORD"));
        }
        if (argument.startsWith("jdbc:")) {
            throw new IllegalArgumentException("The store must be a jdbc:postgresql:// or jdbc:h2: URL or a"
                    + " directory, not '" + argument + "'.");
        }
        return embedded(Path.of(argument));
    }

    /**
     * As {@link #of}, but the default embedded store in {@link #defaultDirectory()} when {@code argument} is
     * {@code null}: what a command without {@code --store} works on.
     */
    public static StoreLocation ofOrDefault(String argument, UnaryOperator<String> environment) {
        return argument == null ? embedded(defaultDirectory()) : of(argument, environment);
    }

    /** Whether this is a PostgreSQL store, whose user and password come from outside the URL. */
    public boolean isPostgresql() {
        return jdbcUrl.startsWith("jdbc:postgresql:");
    }

    /** An in-memory H2 store named {@code name}, for tests and trials; it lives while the JVM does. */
    public static StoreLocation inMemory(String name) {
        return new StoreLocation("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE", EMBEDDED_USER, "");
    }

    /** The URL without credentials, for messages. */
    @Override
    public String toString() {
        return jdbcUrl;
    }
}
