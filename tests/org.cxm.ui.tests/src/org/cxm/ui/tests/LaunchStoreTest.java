package org.cxm.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import javax.crypto.spec.PBEKeySpec;

import org.cxm.history.CustomerViews;
import org.cxm.history.HistoryStore;
import org.cxm.history.StoreException;
import org.cxm.history.StoreLocation;
import org.cxm.tests.support.HistoryFixture;
import org.cxm.ui.internal.LaunchArguments;
import org.cxm.ui.internal.preferences.StorePreferences;
import org.cxm.ui.internal.preferences.StoreSecrets;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.provider.IProviderHints;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every way of naming the store at start ({@code -store}) opens it: a directory, its H2 URL, PostgreSQL. */
class LaunchStoreTest {

    @TempDir
    Path folder;

    @Test
    void theEmbeddedStoreOpensByItsDirectoryAndByItsUrl() throws Exception {
        Path directory = folder.resolve("store");
        StoreLocation embedded = StoreLocation.embedded(directory);
        try (HistoryStore store = HistoryStore.open(embedded)) {
            new HistoryFixture(store).customer("Dora Directory", "dora@example.com", null);
        }

        for (String argument : new String[] { directory.toString(), embedded.jdbcUrl() }) {
            StoreLocation location = StorePreferences.startLocation(LaunchArguments.parse(new String[] {
                "-store", argument }), secrets());
            try (HistoryStore store = HistoryStore.open(location)) {
                assertEquals("Dora Directory", new CustomerViews(store).search("dora", 10).get(0).displayName(),
                        "opened by " + argument);
            }
        }
    }

    @Test
    void aPostgresqlStoreTakesThePasswordKeptInSecureStorage() throws Exception {
        String url = "jdbc:postgresql://127.0.0.1:1/cxm";
        StoreSecrets secrets = secrets();
        StorePreferences saved = StorePreferences.load();
        new StorePreferences(false, saved.directory(), url, "rep").save();
        secrets.save(new StorePreferences(false, saved.directory(), url, "rep"), "kept-Pa55");
        try {
            StoreLocation location = StorePreferences.startLocation(LaunchArguments.parse(new String[] {
                "-store", url }), secrets);

            assertEquals(new StoreLocation(url, "rep", "kept-Pa55"), location,
                    "the user saved for this URL, the password kept for that user");
        } finally {
            StorePreferences.defaults().save();
        }
    }

    @Test
    void aStoreOfAnotherDatabaseSaysWhatItMustBe() {
        StoreException error = assertThrows(StoreException.class, () -> StorePreferences.startLocation(
                LaunchArguments.parse(new String[] { "-store", "jdbc:oracle:thin:@db:1521:xe" }), secrets()));
        assertEquals("The store must be a jdbc:postgresql:// or jdbc:h2: URL or a directory, not"
                + " 'jdbc:oracle:thin:@db:1521:xe'.", error.getMessage());
    }

    private StoreSecrets secrets() throws Exception {
        Map<Object, Object> options = new HashMap<>();
        options.put(IProviderHints.DEFAULT_PASSWORD, new PBEKeySpec("master".toCharArray()));
        options.put(IProviderHints.PROMPT_USER, Boolean.FALSE);
        return new StoreSecrets(SecurePreferencesFactory.open(folder.resolve("secure_storage").toUri().toURL(),
                options));
    }
}
