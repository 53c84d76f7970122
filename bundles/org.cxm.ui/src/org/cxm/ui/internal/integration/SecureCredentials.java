package org.cxm.ui.internal.integration;

import org.cxm.model.DataSource;
import org.cxm.sync.CredentialResolver;
import org.cxm.sync.spi.SourceException;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;

/**
 * Data source passwords in Eclipse secure storage: "Set password…" stores one under a node of its own and
 * gives the model the reference {@code secure:<key>}; the workbench's sync and connection test resolve such
 * references here, and {@code env:} references as headless runs do.
 */
public final class SecureCredentials implements CredentialResolver {

    /** The prefix of references to secure storage in a model's credential. */
    public static final String PREFIX = "secure:";

    private static final String NODE = "org.cxm.ui/data-sources/";
    private static final String PASSWORD = "password";

    private final ISecurePreferences root;
    private final CredentialResolver others;

    /** Secure storage {@code root}; references that are not {@code secure:} go to {@code others}. */
    public SecureCredentials(ISecurePreferences root, CredentialResolver others) {
        this.root = root;
        this.others = others;
    }

    /** The user's default secure storage, with environment variables for {@code env:} references. */
    public static SecureCredentials ofWorkbench() {
        return new SecureCredentials(SecurePreferencesFactory.getDefault(),
                CredentialResolver.environment(System::getenv));
    }

    @Override
    public String passwordFor(DataSource source) throws SourceException {
        String reference = source.getCredential();
        if (reference == null || !reference.startsWith(PREFIX)) {
            return others.passwordFor(source);
        }
        String key = reference.substring(PREFIX.length());
        try {
            String password = root.nodeExists(NODE + key) ? root.node(NODE + key).get(PASSWORD, null) : null;
            if (password == null) {
                throw new SourceException(source.getName() + ": no password for " + reference + " in Eclipse"
                        + " secure storage; set it with Set password… on the data source", false, null);
            }
            return password;
        } catch (StorageException e) {
            throw new SourceException(source.getName() + ": cannot read " + reference + " from Eclipse secure"
                    + " storage: " + e.getMessage(), false, e);
        }
    }

    /**
     * Stores {@code password} for {@code source}, encrypted, and returns the reference the model keeps
     * instead of it.
     */
    public String store(DataSource source, String password) throws StorageException, java.io.IOException {
        String key = keyOf(source);
        ISecurePreferences node = root.node(NODE + key);
        node.put(PASSWORD, password, true);
        root.flush();
        return PREFIX + key;
    }

    /** The data source's id, which never changes, made a valid node name; its name when it has no id. */
    static String keyOf(DataSource source) {
        String key = source.getId() != null ? source.getId() : source.getName();
        return key.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
