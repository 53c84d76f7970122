package org.cxm.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.IntConsumer;

import org.cxm.history.CustomerViews;
import org.cxm.history.HistoryStore;
import org.cxm.history.SearchTerms;
import org.cxm.history.StoreLocation;
import org.cxm.history.TimelineFilter;
import org.cxm.tests.support.TestStores;
import org.junit.jupiter.api.Test;

/**
 * What a rep waits for in Customer 360 on a store of {@code cxm.bench.customer360Rows} interactions
 * (100 per customer, each customer with a CRM source record and an e-mail identity): search as typed
 * (part of a name, part of an e-mail address, a source id), and opening a customer (card, account status,
 * 50 newest timeline entries). The issue's target is 100 ms for both.
 */
class Customer360Benchmark {

    private static final long ROWS = Long.getLong("cxm.bench.customer360Rows", 1_000_000);

    /** Customers in the store; by default (0) one per hundred interactions. */
    private static final long CUSTOMERS = Long.getLong("cxm.bench.customer360Customers", 0) > 0
            ? Long.getLong("cxm.bench.customer360Customers") : ROWS / 100;

    private static final int QUERIES = 300;

    @Test
    void searchAndOpenACustomer() throws Exception {
        BenchReport.line("## Customer 360 on " + ROWS + " interactions and " + CUSTOMERS + " customers, "
                + BenchReport.machine());
        BenchReport.line("| store | customers | action | p50 | p99 | max |");
        BenchReport.line("|---|---|---|---|---|---|");
        for (String kind : List.of("h2", "postgresql")) {
            Path folder = Files.createTempDirectory("cxm-c360");
            StoreLocation location = kind.equals("h2") ? StoreLocation.embedded(folder.resolve("store"))
                    : TestStores.postgres();
            try (HistoryStore store = HistoryStore.open(location)) {
                long customers = CUSTOMERS;
                SyncBenchmark.fillTimelines(store, kind, customers, ROWS);
                addIdentities(store, kind, customers);
                CustomerViews views = new CustomerViews(store);
                Random random = new Random(7);
                report(kind, customers, "search a name (every customer is a \"Customer\")",
                        i -> views.search("Customer " + pick(random, customers), 50));
                report(kind, customers, "search the start of a name", i -> views.search(String.valueOf(
                        pick(random, customers) + 100).substring(0, 3), 50));
                report(kind, customers, "search part of an e-mail", i -> views.search("person" + pick(random,
                        customers) + "@", 50));
                report(kind, customers, "search the last six digits of a phone", i -> views.search(String.format(
                        "%07d", pick(random, customers)).substring(1), 50));
                report(kind, customers, "search a source id", i -> views.search("c" + pick(random, customers), 50));
                report(kind, customers, "open a customer", i -> {
                    long id = pick(random, customers);
                    views.card(id);
                    views.status(id);
                    views.timeline(id, TimelineFilter.newest(50));
                });
            }
        }
    }

    private static long pick(Random random, long customers) {
        return 1 + (long) random.nextInt((int) customers);
    }

    private static void report(String kind, long customers, String action, IntConsumer query) {
        for (int i = 0; i < 30; i++) {
            query.accept(i);
        }
        long[] nanos = new long[QUERIES];
        for (int i = 0; i < QUERIES; i++) {
            long start = System.nanoTime();
            query.accept(i);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        BenchReport.line(String.format("| %s | %,d | %s | %.1f ms | %.1f ms | %.1f ms |", kind, customers, action,
                nanos[QUERIES / 2] / 1e6, nanos[QUERIES * 99 / 100] / 1e6, nanos[QUERIES - 1] / 1e6));
    }

    /** A CRM source record and an e-mail identity for every customer, as a sync would write them. */
    private static void addIdentities(HistoryStore store, String kind, long customers) {
        String series = kind.equals("h2") ? "SYSTEM_RANGE(1, " + customers + ")"
                : "generate_series(1, " + customers + ") AS t(x)";
        String x = kind.equals("h2") ? "X" : "x";
        store.jdbi().useHandle(handle -> {
            handle.execute("INSERT INTO source_customer (source_system, source_id, customer_id, display_name,"
                    + " source_priority, deleted, content_hash) SELECT 'CRM', 'contacts:c' || " + x + ", " + x
                    + ", 'Customer ' || " + x + ", 1, FALSE, '' FROM " + series);
            handle.execute("INSERT INTO customer_identity (customer_id, source_system, source_id, kind,"
                    + " normalized_value) SELECT " + x + ", 'CRM', 'contacts:c' || " + x + ", 'EMAIL', 'person' || "
                    + x + " || '@example.com' FROM " + series);
            handle.execute("INSERT INTO customer_identity (customer_id, source_system, source_id, kind,"
                    + " normalized_value) SELECT " + x + ", 'CRM', 'contacts:c' || " + x + ", 'PHONE', '+35191' || "
                    + "LPAD(CAST(" + x + " AS VARCHAR(20)), 7, '0') FROM " + series);
            handle.execute("UPDATE customer SET email = 'person' || id || '@example.com'");
            SearchTerms.rebuild(handle);
            handle.execute("ANALYZE");
        });
    }
}
