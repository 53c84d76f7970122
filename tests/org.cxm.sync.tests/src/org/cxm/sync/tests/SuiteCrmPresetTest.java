package org.cxm.sync.tests;

import static org.cxm.demo.data.CrmErpDataGenerator.SUITECRM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.cxm.demo.data.CrmErpDataGenerator.DeadLetter;
import org.cxm.demo.data.CrmErpDataGenerator;
import org.cxm.history.Customer;
import org.cxm.history.HistoryStore;
import org.cxm.history.TimelineEntry;
import org.cxm.model.CxModel;
import org.cxm.sync.SyncSummary;
import org.cxm.tests.support.OpenStores;
import org.cxm.tests.support.TestStores;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * The SuiteCRM preset against a SuiteCRM-shaped MariaDB database: every record is synced or rejected with a
 * reason, duplicates and placeholders are resolved as they must be, records are classified to the online
 * shop's touchpoints, and incremental runs read only what changed (including a changed e-mail link).
 */
class SuiteCrmPresetTest {

    static final List<String> STORES = TestStores.kinds();

    @RegisterExtension
    final OpenStores stores = new OpenStores();

    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 1, 12, 0);

    @ParameterizedTest
    @FieldSource("STORES")
    void fullSyncMapsEveryRecordOrSaysWhyNot(String kind) throws Exception {
        try (Connection crm = PresetDatabases.suiteCrm()) {
            CrmErpDataGenerator data = new CrmErpDataGenerator(7, 150, 5, NOW);
            data.fillSuiteCrm(crm);
            CxModel preset = PresetDatabases.suiteCrmPreset();
            HistoryStore store = stores.open(kind);

            PresetDatabases.Run run = PresetDatabases.sync(store, preset);

            SyncSummary summary = run.summary();
            assertEquals(List.of(), summary.failures());
            assertEquals(data.expectedReads(SUITECRM), run.reads(SUITECRM), "rows read per record source");
            List<DeadLetter> expectedLetters = data.expectedDeadLetters(SUITECRM);
            int read = data.expectedReads(SUITECRM).values().stream().mapToInt(Integer::intValue).sum();
            assertEquals(read, summary.read());
            assertEquals(expectedLetters.size(), summary.deadLettered());
            assertEquals(data.expectedDeleted(SUITECRM), summary.deleted(), "soft-deleted contacts and calls");
            assertEquals(read - expectedLetters.size() - data.expectedDeleted(SUITECRM), summary.inserted());
            assertDeadLetters(expectedLetters, PresetDatabases.deadLetters(store));

            assertEquals(data.expectedCustomers(List.of(SUITECRM)), PresetDatabases.liveCustomers(store));
            assertEquals(data.expectedMerges(List.of(SUITECRM)), summary.merged());
            for (List<String> duplicates : data.duplicatesWithin(SUITECRM)) {
                Set<Long> customers = new HashSet<>();
                duplicates.forEach(id -> customers.add(PresetDatabases.customerOf(store, SUITECRM, id)));
                assertEquals(1, customers.size(), "duplicate contacts " + duplicates + " are one customer");
            }
            assertPlaceholdersKeptApart(data, store, List.of(SUITECRM));

            CrmErpDataGenerator.Showcase sofia = data.showcase();
            long customer = PresetDatabases.customerOf(store, SUITECRM, sofia.suiteCrmSourceId());
            Customer golden = store.customer(customer);
            assertEquals("Sofia Martins", golden.displayName());
            assertEquals(sofia.mobileE164(), golden.phone(), "07700 900123 in E.164 with the default region GB");
            List<TimelineEntry> timeline = store.timeline(customer, 500);
            assertClassified(timeline, "Sofa arrived damaged", "call", "shop.ods.tp.damage-call",
                    "shop.channel.phone", "shop.ods.stage.retention");
            assertClassified(timeline, "Your order confirmation LH-10023", "email", "shop.ods.tp.confirmation",
                    "shop.channel.email", "shop.ods.stage.purchase");
            assertClassified(timeline, "Sofa viewing", "meeting", "shop.ods.tp.showroom", "shop.channel.showroom",
                    "shop.ods.stage.consideration");
            assertTrue(timeline.stream().allMatch(e -> e.sourceSystem().equals(SUITECRM)));
            long cases = store.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM interaction WHERE kind = 'case'"
                    + " AND subject LIKE 'Product:%' AND status LIKE 'Open%'"
                    + " AND COALESCE(touchpoint_element_id, '') <> 'shop.ods.tp.damage-call'").mapTo(Long.class).one());
            assertEquals(0, cases, "open product cases are damage reports");
        }
    }

    @ParameterizedTest
    @FieldSource("STORES")
    void incrementalSyncReadsOnlyWhatChanged(String kind) throws Exception {
        try (Connection crm = PresetDatabases.suiteCrm()) {
            CrmErpDataGenerator data = new CrmErpDataGenerator(11, 100, 4, NOW);
            data.fillSuiteCrm(crm);
            CxModel preset = PresetDatabases.suiteCrmPreset();
            HistoryStore store = stores.open(kind);
            PresetDatabases.sync(store, preset);

            PresetDatabases.Run unchanged = PresetDatabases.sync(store, preset);
            assertEquals(0, unchanged.summary().read(), "nothing changed, nothing is read");

            LocalDateTime later = NOW.plusHours(1);
            List<String> calls = ids(crm, "SELECT id FROM calls WHERE deleted = 0 AND date_start IS NOT NULL ORDER BY id"
                    + " LIMIT 3");
            update(crm, "UPDATE calls SET description = 'Rescheduled by the customer.', date_modified = ?"
                    + " WHERE id IN (?, ?, ?)", later,
                    calls.get(0), calls.get(1), calls.get(2));
            List<String> meetings = ids(crm, "SELECT id FROM meetings ORDER BY id LIMIT 2");
            update(crm, "UPDATE meetings SET deleted = 1, date_modified = ? WHERE id IN (?, ?)", later,
                    meetings.get(0), meetings.get(1));
            // Sofia changes her e-mail address: SuiteCRM links a new address and marks the old link deleted; the
            // contact row itself does not change.
            CrmErpDataGenerator.Showcase sofia = data.showcase();
            String address = UUID.randomUUID().toString();
            update(crm, "INSERT INTO email_addresses (id, email_address, email_address_caps, date_created,"
                    + " date_modified, deleted) VALUES (?, 'sofia@martins-family.example', 'SOFIA@MARTINS-FAMILY.EXAMPLE',"
                    + " ?, ?, 0)", address, later, later);
            update(crm, "UPDATE email_addr_bean_rel SET deleted = 1, date_modified = ? WHERE bean_id = ?", later,
                    sofia.suiteCrmContactId());
            update(crm, "INSERT INTO email_addr_bean_rel (id, email_address_id, bean_id, bean_module, primary_address,"
                    + " reply_to_address, date_created, date_modified, deleted) VALUES (?, ?, ?, 'Contacts', 1, 0, ?, ?, 0)",
                    UUID.randomUUID().toString(), address, sofia.suiteCrmContactId(), later, later);

            PresetDatabases.Run changed = PresetDatabases.sync(store, preset);
            PresetDatabases.Run again = PresetDatabases.sync(store, preset);

            assertEquals(List.of(), changed.summary().failures());
            assertEquals(Map.of("calls", 3, "meetings", 2, "contacts", 1), changed.reads(SUITECRM));
            assertEquals(4, changed.summary().updated(), "three calls and Sofia");
            assertEquals(2, changed.summary().deleted(), "two meetings");
            assertEquals(0, again.summary().read());
            long customer = PresetDatabases.customerOf(store, SUITECRM, sofia.suiteCrmSourceId());
            assertEquals(List.of(customer), store.customersByIdentifier("sofia@martins-family.example").stream()
                    .map(Customer::id).toList(), "the new address belongs to her");
            assertEquals(List.of(), store.customersByIdentifier(sofia.suiteCrmEmail()), "the old one to nobody");
            long deletedMeetings = store.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM interaction"
                    + " WHERE record_source = 'meetings' AND deleted = TRUE").mapTo(Long.class).one());
            assertEquals(2, deletedMeetings);
            assertNotEquals(-1, customer);
        }
    }

    /**
     * Different people who share a placeholder (an e-mail such as noreply@..., a phone such as 0000000000)
     * are different customers: each placeholder leads to as many customers as people have it.
     */
    static void assertPlaceholdersKeptApart(CrmErpDataGenerator data, HistoryStore store, List<String> systems) {
        Map<String, String> normalized = Map.of(CrmErpDataGenerator.NOREPLY_EMAIL, CrmErpDataGenerator.NOREPLY_EMAIL,
                CrmErpDataGenerator.TEST_EMAIL, CrmErpDataGenerator.TEST_EMAIL, CrmErpDataGenerator.PLACEHOLDER_PHONE,
                CrmErpDataGenerator.PLACEHOLDER_PHONE_E164);
        normalized.forEach((placeholder, value) -> {
            List<CrmErpDataGenerator.CustomerRecord> sharing = data.sharing(placeholder).stream()
                    .filter(r -> systems.contains(r.system())).toList();
            assertTrue(sharing.size() >= 2, "the data has people sharing " + placeholder);
            Set<Long> customers = new HashSet<>();
            sharing.forEach(r -> customers.add(PresetDatabases.customerOf(store, r.system(), r.sourceId())));
            assertEquals(sharing.size(), customers.size(), "the people sharing " + placeholder + " stay apart");
            assertEquals(sharing.size(), store.customersByIdentifier(value).size(), value);
        });
        long placeholderMerges = store.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM merge_journal"
                + " WHERE identifier_value IN (<values>)").bindList("values", List.copyOf(normalized.values()))
                .mapTo(Long.class).one());
        assertEquals(0, placeholderMerges, "no merge because of a blocked value");
    }

    static void assertDeadLetters(List<DeadLetter> expected, List<DeadLetter> actual) {
        assertEquals(expected.size(), actual.size(), "dead letters " + actual);
        for (DeadLetter letter : expected) {
            assertTrue(actual.stream().anyMatch(a -> a.system().equals(letter.system())
                    && a.recordSource().equals(letter.recordSource()) && a.key().equals(letter.key())
                    && a.reason().startsWith(letter.reason())), "expected " + letter + " among " + actual);
        }
    }

    static void assertClassified(List<TimelineEntry> timeline, String subject, String kind, String touchpoint,
            String channel, String stage) {
        TimelineEntry entry = timeline.stream().filter(e -> subject.equals(e.subject())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + subject + " in " + timeline));
        assertEquals(kind, entry.kind());
        assertEquals(touchpoint, entry.touchpointElementId(), subject);
        assertEquals(channel, entry.channelElementId(), subject);
        assertEquals(stage, entry.stageElementId(), subject);
    }

    static List<String> ids(Connection connection, String sql) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        }
        return ids;
    }

    static void update(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }
}
