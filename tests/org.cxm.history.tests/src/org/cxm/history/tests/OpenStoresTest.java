package org.cxm.history.tests;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.cxm.history.HistoryStore;
import org.cxm.history.StoreLocation;
import org.cxm.tests.support.HistoryFixture;
import org.cxm.tests.support.OpenStores;
import org.cxm.tests.support.TestStores;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * The extension every store test registers keeps its promise: what a test opens through it is closed after
 * the test, an in-memory store's database is dropped with it, and a store the test opened itself and left
 * open fails the test. Each case runs the extension's callbacks around a test body of its own.
 */
class OpenStoresTest {

    static final List<String> STORES = TestStores.kinds();

    @RegisterExtension
    final OpenStores stores = new OpenStores();

    @ParameterizedTest
    @FieldSource("STORES")
    void aStoreOpenedThroughItIsClosedAfterTheTestAndAnInMemoryStoreIsDropped(String kind) throws Exception {
        OpenStores extension = new OpenStores();
        extension.beforeEach(null);
        HistoryStore store = extension.open(kind);
        new HistoryFixture(store).customer("Ana Lima", "ana@example.com", null);
        StoreLocation location = store.location();

        extension.afterEach(null);

        assertTrue(store.isClosed(), "the pool is closed");
        if (!location.isPostgresql()) {
            HistoryStore reopened = stores.open(location);
            assertEquals(List.of(), reopened.customersByIdentifier("ana@example.com"),
                    "the database was dropped: reopening it makes a new, empty one");
        }
    }

    @ParameterizedTest
    @FieldSource("STORES")
    void aStoreTheTestOpenedItselfAndLeftOpenFailsTheTest(String kind) throws Exception {
        OpenStores extension = new OpenStores();
        extension.beforeEach(null);
        HistoryStore leaked = HistoryStore.open(TestStores.of(kind));
        try {
            AssertionError failure = assertThrows(AssertionError.class, () -> extension.afterEach(null));

            assertTrue(failure.getMessage().startsWith("The test left stores open"), failure.getMessage());
            assertTrue(failure.getMessage().contains(kind.equals("h2") ? leaked.location().jdbcUrl()
                    : "the test PostgreSQL database"), failure.getMessage());
        } finally {
            leaked.close();
            if (!leaked.location().isPostgresql()) {
                stores.watch(leaked.location());
            }
        }
    }

    @ParameterizedTest
    @FieldSource("STORES")
    void aStoreTheTestClosedItselfPasses(String kind) throws Exception {
        OpenStores extension = new OpenStores();
        extension.beforeEach(null);
        try (HistoryStore store = HistoryStore.open(TestStores.of(kind))) {
            new HistoryFixture(store).customer("Ana Lima", "ana@example.com", null);
        }

        assertDoesNotThrow(() -> extension.afterEach(null));
    }
}
