package org.cxm.tests.support;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.cxm.history.StoreLocation;
import org.cxm.history.internal.DataSources;
import org.jdbi.v3.core.Jdbi;

/**
 * Empty customer-history stores for tests: embedded H2 in memory, and PostgreSQL on the throw-away server
 * the build starts (its URL comes in the system property {@code cxm.test.postgres.url}).
 */
public final class TestStores {

    /** The system property with the JDBC URL of the test PostgreSQL server. */
    public static final String POSTGRES_URL = "cxm.test.postgres.url";

    /** The in-memory stores handed out since {@link OpenStores} last looked, which it checks and drops. */
    private static final List<StoreLocation> HANDED_OUT = new ArrayList<>();

    private TestStores() {
    }

    /** A new, empty in-memory H2 store. */
    public static StoreLocation h2() {
        StoreLocation location = StoreLocation.inMemory("test-" + UUID.randomUUID());
        synchronized (HANDED_OUT) {
            HANDED_OUT.add(location);
        }
        return location;
    }

    /** The in-memory stores {@link #h2()} handed out since the last call. */
    static List<StoreLocation> takeHandedOut() {
        synchronized (HANDED_OUT) {
            List<StoreLocation> taken = List.copyOf(HANDED_OUT);
            HANDED_OUT.clear();
            return taken;
        }
    }

    /** The test PostgreSQL database, emptied. Fails when the build did not start the server. */
    public static StoreLocation postgres() {
        StoreLocation location = postgresDatabase();
        if (location == null) {
            throw new IllegalStateException("No test PostgreSQL server: run the tests with ./mvnw verify, which"
                    + " starts one and sets " + POSTGRES_URL);
        }
        Jdbi.create(DataSources.of(location)).useHandle(handle -> {
            handle.execute("DROP SCHEMA public CASCADE");
            handle.execute("CREATE SCHEMA public");
        });
        return location;
    }

    /** The test PostgreSQL database as it is, or null when the build started no server. */
    static StoreLocation postgresDatabase() {
        String url = System.getProperty(POSTGRES_URL);
        return url == null ? null : new StoreLocation(url, "cxm", "");
    }

    /** The kinds of store every store test runs against. */
    public static List<String> kinds() {
        return List.of("h2", "postgresql");
    }

    /** A new empty store of {@code kind} ("h2" or "postgresql"). */
    public static StoreLocation of(String kind) {
        return "postgresql".equals(kind) ? postgres() : h2();
    }
}
