package org.cxm.ui.internal.preferences;

import java.io.IOException;

import org.eclipse.core.runtime.ILog;
import org.eclipse.equinox.security.storage.EncodingUtils;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;

/**
 * The password of the PostgreSQL store, kept encrypted in Eclipse secure storage per URL and user, never in
 * the preferences. Without one there, CXM_STORE_PASSWORD is used, as on the command line.
 */
public final class StoreSecrets {

    private static final String NODE = "org.cxm.ui/store/";
    private static final String PASSWORD = "password";

    private final ISecurePreferences root;

    public StoreSecrets(ISecurePreferences root) {
        this.root = root;
    }

    /** The user's default secure storage. */
    public static StoreSecrets ofWorkbench() {
        return new StoreSecrets(SecurePreferencesFactory.getDefault());
    }

    /** The password kept for the store these preferences name, else CXM_STORE_PASSWORD, else {@code null}. */
    public String password(StorePreferences preferences) {
        String node = nodeOf(preferences);
        try {
            if (root.nodeExists(node)) {
                String password = root.node(node).get(PASSWORD, null);
                if (password != null) {
                    return password;
                }
            }
        } catch (StorageException e) {
            ILog.of(getClass()).warn("Cannot read the store password of " + preferences.url() + " from Eclipse"
                    + " secure storage; using CXM_STORE_PASSWORD: " + e.getMessage());
        }
        return System.getenv("CXM_STORE_PASSWORD");
    }

    /** Keeps {@code password}, encrypted, for the store these preferences name. */
    public void save(StorePreferences preferences, String password) throws StorageException, IOException {
        root.node(nodeOf(preferences)).put(PASSWORD, password, true);
        root.flush();
    }

    private static String nodeOf(StorePreferences preferences) {
        return NODE + EncodingUtils.encodeSlashes(preferences.user() + "@" + preferences.url());
    }
}
