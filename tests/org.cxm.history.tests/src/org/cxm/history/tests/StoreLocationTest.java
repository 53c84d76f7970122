package org.cxm.history.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.cxm.history.HistoryStore;
import org.cxm.history.StoreLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store argument ({@code --store}, {@code -store}) names the same store however it is written. */
class StoreLocationTest {

    /** An environment set up for a PostgreSQL store, as a production desktop's may be. */
    private static final UnaryOperator<String> POSTGRES_ENVIRONMENT = Map.of("CXM_STORE_USER", "cxm",
            "CXM_STORE_PASSWORD", "s3cret")::get;

    @TempDir
    Path folder;

    @Test
    void theEmbeddedStoreOpensByItsUrlAsByItsDirectoryWhateverTheEnvironmentSays() throws Exception {
        StoreLocation byDirectory = StoreLocation.of(folder.resolve("store").toString(), POSTGRES_ENVIRONMENT);
        try (HistoryStore store = HistoryStore.open(byDirectory)) {
            store.location();
        }

        StoreLocation byUrl = StoreLocation.of(byDirectory.jdbcUrl(), POSTGRES_ENVIRONMENT);

        assertEquals(byDirectory, byUrl);
        try (HistoryStore store = HistoryStore.open(byUrl)) {
            assertEquals(byDirectory.jdbcUrl(), store.location().jdbcUrl());
        }
    }

    @Test
    void aPostgresqlStoreTakesUserAndPasswordFromTheEnvironment() {
        StoreLocation location = StoreLocation.of("jdbc:postgresql://db.example.com/cxm", POSTGRES_ENVIRONMENT);

        assertEquals(new StoreLocation("jdbc:postgresql://db.example.com/cxm", "cxm", "s3cret"), location);
        assertTrue(location.isPostgresql());
    }

    @Test
    void anotherDatabaseIsRefusedWithWhatWouldDo() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> StoreLocation.of("jdbc:mysql://db/cxm", POSTGRES_ENVIRONMENT));

        assertEquals("The store must be a jdbc:postgresql:// or jdbc:h2: URL or a directory, not 'jdbc:mysql://db/cxm'.",
                error.getMessage());
    }
}
