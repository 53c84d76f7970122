package org.cxm.ui.internal.preferences;

/** Where the workbench keeps the password of the PostgreSQL store, which never goes into preferences. */
@FunctionalInterface
public interface StoreSecrets {

    /** The password of the PostgreSQL store these preferences name, or {@code null} if none is kept. */
    String password(StorePreferences preferences);

    /** Reads the password from CXM_STORE_PASSWORD, like the command line and {@code -store} do. */
    StoreSecrets ENVIRONMENT = preferences -> System.getenv("CXM_STORE_PASSWORD");
}
