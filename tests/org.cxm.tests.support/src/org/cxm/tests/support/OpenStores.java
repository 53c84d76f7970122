package org.cxm.tests.support;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.cxm.history.HistoryStore;
import org.cxm.history.StoreException;
import org.cxm.history.StoreLocation;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Opens customer-history stores for one test and closes them after it; register it with
 * {@code @RegisterExtension}. After the test it also fails the test when something still holds connections
 * to a store database the test used: an in-memory store {@link TestStores} handed out during the test, an H2
 * store given to {@link #watch}, or the test PostgreSQL database. A store left open keeps its pool, its
 * connections and, for H2 in memory, its whole database for the rest of the test run.
 */
public final class OpenStores implements BeforeEachCallback, AfterEachCallback {

    /** How long a closed PostgreSQL connection may take to leave the server's list of clients. */
    private static final long POSTGRES_GRACE_MILLIS = 3_000;

    private final List<HistoryStore> stores = new ArrayList<>();

    private final List<StoreLocation> watched = new ArrayList<>();

    private int postgresClientsBefore;

    /** Opens a new, empty store of {@code kind} ("h2" or "postgresql", see {@link TestStores#of}). */
    public HistoryStore open(String kind) throws StoreException {
        return open(TestStores.of(kind));
    }

    /** Opens the store at {@code location}; it is closed after the test. */
    public HistoryStore open(StoreLocation location) throws StoreException {
        HistoryStore store = HistoryStore.open(location);
        stores.add(store);
        if (!location.isPostgresql()) {
            watch(location);
        }
        return store;
    }

    /**
     * Checks after the test that nothing holds connections to the embedded store at {@code location} (one a
     * command under test opens, say), and shuts its database down.
     */
    public StoreLocation watch(StoreLocation location) {
        if (!watched.contains(location)) {
            watched.add(location);
        }
        return location;
    }

    @Override
    public void beforeEach(ExtensionContext context) throws SQLException {
        TestStores.takeHandedOut();
        StoreLocation postgres = TestStores.postgresDatabase();
        postgresClientsBefore = postgres == null ? 0 : StoreConnections.postgresClients(postgres);
    }

    @Override
    public void afterEach(ExtensionContext context) throws SQLException, InterruptedException {
        List<String> problems = new ArrayList<>();
        for (HistoryStore store : stores.reversed()) {
            store.close();
            if (!store.isClosed()) {
                problems.add("the store " + store.location() + " did not close");
            }
        }
        stores.clear();
        TestStores.takeHandedOut().forEach(this::watch);
        for (StoreLocation location : watched) {
            int sessions = StoreConnections.h2SessionsThenShutDown(location);
            if (sessions > 0) {
                problems.add(sessions + " connection(s) still open to " + location);
            }
        }
        watched.clear();
        int postgres = postgresClientsLeft();
        if (postgres > 0) {
            problems.add(postgres + " more connection(s) open to the test PostgreSQL database than before the test");
        }
        if (!problems.isEmpty()) {
            Assertions.fail("The test left stores open (close each store it opens, or open it through OpenStores): "
                    + String.join("; ", problems));
        }
    }

    /** The connections to the test PostgreSQL database above those before the test, once closed ones are gone. */
    private int postgresClientsLeft() throws SQLException, InterruptedException {
        StoreLocation postgres = TestStores.postgresDatabase();
        if (postgres == null) {
            return 0;
        }
        long deadline = System.currentTimeMillis() + POSTGRES_GRACE_MILLIS;
        int extra = StoreConnections.postgresClients(postgres) - postgresClientsBefore;
        while (extra > 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
            extra = StoreConnections.postgresClients(postgres) - postgresClientsBefore;
        }
        return Math.max(0, extra);
    }
}
