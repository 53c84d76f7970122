package org.cxm.tests.support;

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

    private TestStores() {
    }

    /** A new, empty in-memory H2 store. */
    public static StoreLocation h2() {
        return StoreLocation.inMemory("test-" + UUID.randomUUID());
    }

    /** The test PostgreSQL database, emptied. Fails when the build did not start the server. */
    public static StoreLocation postgres() {
        String url = System.getProperty(POSTGRES_URL);
        if (url == null) {
            throw new IllegalStateException("No test PostgreSQL server: run the tests with ./mvnw verify, which"
                    + " starts one and sets " + POSTGRES_URL);
        }
        StoreLocation location = new StoreLocation(url, "cxm", "");
        Jdbi.create(DataSources.of(location)).useHandle(handle -> {
            handle.execute("DROP SCHEMA public CASCADE");
            handle.execute("CREATE SCHEMA public");
        });
        return location;
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
