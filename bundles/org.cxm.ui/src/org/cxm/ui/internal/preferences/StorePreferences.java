package org.cxm.ui.internal.preferences;

import java.nio.file.Path;

import org.cxm.history.StoreException;
import org.cxm.history.StoreLocation;
import org.cxm.ui.internal.LaunchArguments;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

/**
 * The store the workbench opens when it is not started with {@code -store}: the embedded H2 store in a
 * directory, or a PostgreSQL database. Kept in the workspace's instance preferences; a PostgreSQL
 * password never goes there but into Eclipse secure storage.
 *
 * @param embedded whether the embedded store is used
 * @param directory the embedded store's directory
 * @param url the PostgreSQL JDBC URL, {@code jdbc:postgresql://host:port/database}
 * @param user the PostgreSQL user
 */
public record StorePreferences(boolean embedded, Path directory, String url, String user) {

    private static final String NODE = "org.cxm.ui";
    private static final String KIND = "store.kind";
    private static final String DIRECTORY = "store.directory";
    private static final String URL = "store.url";
    private static final String USER = "store.user";
    private static final String POSTGRESQL = "postgresql";
    private static final String URL_PREFIX = "jdbc:postgresql:";

    /** The embedded store in ~/.cxm/store (or $CXM_HOME/store), which needs no setup. */
    public static StorePreferences defaults() {
        return new StorePreferences(true, StoreLocation.defaultDirectory(), "jdbc:postgresql://localhost:5432/cxm", "cxm");
    }

    /** The saved preferences, with the defaults for what was never saved. */
    public static StorePreferences load() {
        IEclipsePreferences node = InstanceScope.INSTANCE.getNode(NODE);
        StorePreferences defaults = defaults();
        String directory = node.get(DIRECTORY, null);
        return new StorePreferences(!POSTGRESQL.equals(node.get(KIND, null)),
                directory == null ? defaults.directory() : Path.of(directory), node.get(URL, defaults.url()),
                node.get(USER, defaults.user()));
    }

    /**
     * What is wrong with these preferences, in words for the preference page, or {@code null} when they
     * can be saved.
     */
    public String problem() {
        if (embedded) {
            return directory == null || directory.toString().isBlank() ? "Choose a directory for the embedded store."
                    : null;
        }
        if (url == null || !url.startsWith(URL_PREFIX) || url.length() == URL_PREFIX.length()) {
            return "The PostgreSQL URL must look like jdbc:postgresql://host:5432/database.";
        }
        return user == null || user.isBlank() ? "Enter the PostgreSQL user." : null;
    }

    /** Saves these preferences; they apply from now on, and at the next start unless -store is given. */
    public void save() throws BackingStoreException {
        IEclipsePreferences node = InstanceScope.INSTANCE.getNode(NODE);
        node.put(KIND, embedded ? "embedded" : POSTGRESQL);
        node.put(DIRECTORY, directory.toString());
        node.put(URL, url);
        node.put(USER, user);
        node.flush();
    }

    /** Where the store is, with {@code password} for PostgreSQL (ignored for the embedded store). */
    public StoreLocation location(String password) {
        return embedded ? StoreLocation.embedded(directory) : new StoreLocation(url, user, password);
    }

    /**
     * The store to open at start: the {@code -store} launch argument if given, else the saved preferences,
     * with the PostgreSQL password from {@code secrets}.
     *
     * @throws StoreException when {@code -store} names no store CXM can open
     */
    public static StoreLocation startLocation(LaunchArguments arguments, StoreSecrets secrets) throws StoreException {
        StorePreferences saved = load();
        StoreLocation given = arguments.storeLocation();
        if (given == null) {
            return saved.location(saved.embedded() ? null : secrets.password(saved));
        }
        if (!given.isPostgresql()) {
            return given;
        }
        // The user from CXM_STORE_USER, else the one saved for this URL; the password kept in secure storage
        // for that user and URL, else CXM_STORE_PASSWORD, as for a store chosen in the preferences.
        String user = given.user() != null ? given.user() : given.jdbcUrl().equals(saved.url()) ? saved.user() : null;
        StorePreferences named = new StorePreferences(false, saved.directory(), given.jdbcUrl(), user);
        return named.location(secrets.password(named));
    }
}
