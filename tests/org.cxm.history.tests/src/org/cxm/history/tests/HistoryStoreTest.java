package org.cxm.history.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.cxm.history.HistoryStore;
import org.cxm.history.StoreException;
import org.cxm.history.StoreLocation;
import org.cxm.history.TimelineEntry;
import org.cxm.tests.support.OpenStores;
import org.cxm.tests.support.TestStores;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** The store opens on H2 and PostgreSQL alike, migrates itself once, and reads timelines newest first. */
class HistoryStoreTest {

    static final List<String> STORES = TestStores.kinds();

    @RegisterExtension
    final OpenStores stores = new OpenStores();

    private static final OffsetDateTime MONDAY = OffsetDateTime.of(2026, 11, 16, 9, 0, 0, 0, ZoneOffset.UTC);

    @ParameterizedTest
    @FieldSource("STORES")
    void opensAnEmptyStoreAndMigratesItOnce(String kind) throws Exception {
        StoreLocation location = TestStores.of(kind);
        stores.open(location);
        HistoryStore reopened = stores.open(location);

        int versions = reopened.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM cxm_schema_version")
                .mapTo(Integer.class).one());
        assertEquals(7, versions, "each migration is applied once");
    }

    @ParameterizedTest
    @FieldSource("STORES")
    void keepsACursorAsLongAsAnApiDeltaToken(String kind) throws Exception {
        String token = "text:https://api.example.com/contacts/delta?token=" + "aZ09".repeat(800);
        try (HistoryStore store = HistoryStore.open(TestStores.of(kind))) {
            store.jdbi().useHandle(h -> h.createUpdate("INSERT INTO sync_cursor (source_system, record_source,"
                    + " cursor_value, cursor_key, updated_at) VALUES ('crm', 'contacts', :token, :token, :at)")
                    .bind("token", token).bind("at", MONDAY).execute());
            assertEquals(token, store.jdbi().withHandle(h -> h.createQuery("SELECT cursor_value FROM sync_cursor")
                    .mapTo(String.class).one()), "the whole token, not cut or refused");
        }
    }

    @ParameterizedTest
    @FieldSource("STORES")
    void refusesAStoreWhoseAppliedMigrationChanged(String kind) throws Exception {
        StoreLocation location = TestStores.of(kind);
        stores.open(location).jdbi().useHandle(h -> h.execute("UPDATE cxm_schema_version SET checksum = 'x'"));

        StoreException error = assertThrows(StoreException.class, () -> HistoryStore.open(location));

        assertTrue(error.getMessage().contains("V1__customer_history.sql was changed after it was applied"),
                error.getMessage());
    }

    @ParameterizedTest
    @FieldSource("STORES")
    void timelineIsNewestFirstAndLeavesOutDeletedAndOtherCustomers(String kind) throws Exception {
        HistoryStore store = stores.open(kind);
        store.jdbi().useHandle(h -> {
            long ana = customer(h, "Ana");
            long ben = customer(h, "Ben");
            interaction(h, ana, "crm", "calls:1", MONDAY, "call", false);
            interaction(h, ana, "erp", "orders:7", MONDAY.plusDays(2), "order", false);
            interaction(h, ana, "crm", "chats:3", MONDAY.plusDays(1), "chat", false);
            interaction(h, ana, "crm", "calls:2", MONDAY.plusDays(3), "call", true);
            interaction(h, ben, "crm", "calls:9", MONDAY.plusDays(4), "call", false);
        });
        long ana = store.customersByIdentifier("crm-Ana").get(0).id();

        List<TimelineEntry> timeline = store.timeline(ana, 10);

        assertEquals(List.of("orders:7", "chats:3", "calls:1"),
                timeline.stream().map(TimelineEntry::sourceRecordId).toList());
        assertEquals(List.of("erp", "crm", "crm"), timeline.stream().map(TimelineEntry::sourceSystem).toList());
        assertEquals(MONDAY.plusDays(2).toInstant(), timeline.get(0).occurredAt().toInstant());
    }

    @Test
    void anUnreachableStoreSaysWhichAndWhy() {
        StoreLocation nowhere = new StoreLocation("jdbc:postgresql://127.0.0.1:1/none?connectTimeout=2", "cxm", "");

        StoreException error = assertThrows(StoreException.class, () -> HistoryStore.open(nowhere));

        assertTrue(error.getMessage().startsWith("Cannot open the store jdbc:postgresql://127.0.0.1:1/none"),
                error.getMessage());
    }

    @Test
    void anUnsupportedStoreIsRefused() {
        StoreException error = assertThrows(StoreException.class,
                () -> HistoryStore.open(new StoreLocation("jdbc:oracle:thin:@host:1521:xe", "u", "p")));
        assertTrue(error.getMessage().contains("only jdbc:h2:... (embedded) and jdbc:postgresql"), error.getMessage());
    }

    private static long customer(Handle handle, String name) {
        long id = handle.createUpdate("INSERT INTO customer (display_name, created_at, updated_at)"
                + " VALUES (:name, :now, :now)").bind("name", name).bind("now", MONDAY)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        handle.createUpdate("INSERT INTO source_customer (source_system, source_id, customer_id, display_name,"
                + " source_priority, deleted, content_hash) VALUES ('crm', :source, :id, :name, 1, FALSE, 'h')")
                .bind("source", "crm-" + name).bind("id", id).bind("name", name).execute();
        return id;
    }

    private static void interaction(Handle handle, long customer, String system, String record, OffsetDateTime at,
            String kind, boolean deleted) {
        handle.createUpdate("INSERT INTO interaction (source_system, source_record_id, record_source, customer_id,"
                + " occurred_at, kind, deleted, content_hash, synced_at) VALUES (:system, :record, 'test', :customer,"
                + " :at, :kind, :deleted, 'h', :at)")
                .bind("system", system).bind("record", record).bind("customer", customer).bind("at", at)
                .bind("kind", kind).bind("deleted", deleted).execute();
    }
}
