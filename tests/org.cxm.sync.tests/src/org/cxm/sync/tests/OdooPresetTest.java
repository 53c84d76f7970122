package org.cxm.sync.tests;

import static org.cxm.demo.data.CrmErpDataGenerator.ODOO;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cxm.demo.data.CrmErpDataGenerator.CustomerRecord;
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
 * The Odoo preset against an Odoo-shaped PostgreSQL database: partners, leads (with and without partner),
 * orders, customer invoices (unpaid and overdue ones findable) and chatter messages are synced or rejected
 * with a reason, classified to the online shop's touchpoints, and incremental runs read only what changed,
 * archived partners included.
 */
class OdooPresetTest {

    static final List<String> STORES = TestStores.kinds();

    @RegisterExtension
    final OpenStores stores = new OpenStores();

    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 1, 12, 0);

    @ParameterizedTest
    @FieldSource("STORES")
    void fullSyncMapsEveryRecordOrSaysWhyNot(String kind) throws Exception {
        try (Connection erp = PresetDatabases.odoo()) {
            CrmErpDataGenerator data = new CrmErpDataGenerator(7, 150, 5, NOW);
            data.fillOdoo(erp);
            CxModel preset = PresetDatabases.odooPreset();
            HistoryStore store = stores.open(kind);

            PresetDatabases.Run run = PresetDatabases.sync(store, preset);

            SyncSummary summary = run.summary();
            assertEquals(List.of(), summary.failures());
            assertEquals(data.expectedReads(ODOO), run.reads(ODOO), "rows read per record source");
            List<DeadLetter> expectedLetters = data.expectedDeadLetters(ODOO);
            int read = data.expectedReads(ODOO).values().stream().mapToInt(Integer::intValue).sum();
            assertEquals(read, summary.read());
            assertEquals(expectedLetters.size(), summary.deadLettered());
            assertEquals(data.expectedDeleted(ODOO), summary.deleted(), "archived partners");
            assertEquals(read - expectedLetters.size() - data.expectedDeleted(ODOO), summary.inserted());
            SuiteCrmPresetTest.assertDeadLetters(expectedLetters, PresetDatabases.deadLetters(store));

            assertEquals(data.expectedCustomers(List.of(ODOO)), PresetDatabases.liveCustomers(store));
            assertEquals(data.expectedMerges(List.of(ODOO)), summary.merged());
            for (List<String> duplicates : data.duplicatesWithin(ODOO)) {
                Set<Long> customers = new HashSet<>();
                duplicates.forEach(id -> customers.add(PresetDatabases.customerOf(store, ODOO, id)));
                assertEquals(1, customers.size(), "duplicate partners " + duplicates + " are one customer");
            }
            SuiteCrmPresetTest.assertPlaceholdersKeptApart(data, store, List.of(ODOO));
            long staff = store.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM source_customer"
                    + " WHERE source_id IN ('res_partner:1', 'res_partner:2', 'res_partner:3')").mapTo(Long.class).one());
            assertEquals(0, staff, "internal users' partners are not customers");
            long leadOnly = data.customerRecords().stream()
                    .filter(r -> r.system().equals(ODOO) && r.sourceId().startsWith("email:")).count();
            long implicit = store.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM source_customer"
                    + " WHERE source_system = 'Odoo' AND source_id LIKE 'email:%'").mapTo(Long.class).one());
            assertEquals(leadOnly, implicit, "a lead without partner stands for the customer of its e-mail");

            OffsetDateTime today = NOW.toLocalDate().atStartOfDay().atOffset(ZoneOffset.UTC);
            long overdue = store.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM interaction"
                    + " WHERE kind = 'invoice' AND status = 'posted' AND payment_status IN ('not_paid', 'partial')"
                    + " AND amount > 0 AND due_at < :today").bind("today", today).mapTo(Long.class).one());
            assertEquals(data.overdueInvoices(), overdue, "unpaid invoices past their due date are findable");
            long refunds = store.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM interaction"
                    + " WHERE kind = 'invoice' AND subject LIKE 'RINV/%' AND (amount >= 0"
                    + " OR COALESCE(touchpoint_element_id, '') <> 'shop.ret.tp.refund-confirmed')").mapTo(Long.class).one());
            assertEquals(0, refunds, "credit notes are negative and classified as refunds");

            CrmErpDataGenerator.Showcase sofia = data.showcase();
            long customer = PresetDatabases.customerOf(store, ODOO, sofia.odooSourceId());
            Customer golden = store.customer(customer);
            assertEquals(sofia.odooEmail(), golden.email());
            assertEquals(sofia.mobileE164(), golden.phone(), "+44 (0)7700 900 123 in E.164");
            List<TimelineEntry> timeline = store.timeline(customer, 500);
            TimelineEntry question = timeline.stream().filter(e -> "Where is my sofa?".equals(e.subject()))
                    .findFirst().orElseThrow();
            assertEquals("email", question.kind());
            assertEquals("inbound", question.direction());
            assertEquals("shop.channel.email", question.channelElementId());
            assertEquals("shop.ods.stage.retention", question.stageElementId());
            assertTrue(timeline.stream().anyMatch(e -> e.kind().equals("order") && "sale".equals(e.status())
                    && "shop.ods.tp.checkout".equals(e.touchpointElementId()) && e.amount() != null
                    && e.currency() != null), "a confirmed order at checkout");
            assertTrue(timeline.stream().anyMatch(e -> e.kind().equals("invoice") && "paid".equals(e.paymentStatus())
                    && "shop.ods.tp.confirmation".equals(e.touchpointElementId())), "a paid invoice");
        }
    }

    @ParameterizedTest
    @FieldSource("STORES")
    void incrementalSyncReadsOnlyWhatChanged(String kind) throws Exception {
        try (Connection erp = PresetDatabases.odoo()) {
            CrmErpDataGenerator data = new CrmErpDataGenerator(11, 100, 4, NOW);
            data.fillOdoo(erp);
            CxModel preset = PresetDatabases.odooPreset();
            HistoryStore store = stores.open(kind);
            PresetDatabases.sync(store, preset);
            long customersBefore = PresetDatabases.liveCustomers(store);

            PresetDatabases.Run unchanged = PresetDatabases.sync(store, preset);
            assertEquals(0, unchanged.summary().read(), "nothing changed, nothing is read");

            LocalDateTime later = NOW.plusHours(1);
            List<String> orders = SuiteCrmPresetTest.ids(erp, "SELECT id FROM sale_order WHERE state = 'sale'"
                    + " ORDER BY id LIMIT 2");
            SuiteCrmPresetTest.update(erp, "UPDATE sale_order SET state = 'cancel', write_date = ? WHERE id IN (?, ?)",
                    later, Integer.valueOf(orders.get(0)), Integer.valueOf(orders.get(1)));
            // A customer known to Odoo by one partner only is archived.
            CustomerRecord archived = loneOdooPartner(data);
            int partner = Integer.parseInt(archived.sourceId().substring("res_partner:".length()));
            SuiteCrmPresetTest.update(erp, "UPDATE res_partner SET active = FALSE, write_date = ? WHERE id = ?", later,
                    partner);
            // A new e-mail from Sofia: inserted with the table's own id sequence.
            SuiteCrmPresetTest.update(erp, "INSERT INTO mail_message (res_id, author_id, subject, model, message_type,"
                    + " body, is_internal, date, create_date, write_date) VALUES (?, ?, 'Delivery date?', 'res.partner',"
                    + " 'email', '<p>When will it arrive?</p>', FALSE, ?, ?, ?)", data.showcase().odooPartnerId(),
                    data.showcase().odooPartnerId(), later, later, later);

            PresetDatabases.Run changed = PresetDatabases.sync(store, preset);
            PresetDatabases.Run again = PresetDatabases.sync(store, preset);

            assertEquals(List.of(), changed.summary().failures());
            assertEquals(Map.of("sale_order", 2, "res_partner", 1, "mail_message_email", 1), changed.reads(ODOO));
            assertEquals(2, changed.summary().updated(), "two cancelled orders");
            assertEquals(1, changed.summary().deleted(), "one archived partner");
            assertEquals(1, changed.summary().inserted(), "one new e-mail");
            assertEquals(0, again.summary().read());
            assertEquals(customersBefore - 1, PresetDatabases.liveCustomers(store));
            long cancelled = store.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM interaction"
                    + " WHERE source_record_id IN (<ids>) AND status = 'cancel'"
                    + " AND stage_element_id = 'shop.ods.stage.purchase' AND touchpoint_element_id IS NULL")
                    .bindList("ids", orders.stream().map(id -> "sale_order:" + id).toList()).mapTo(Long.class).one());
            assertEquals(2, cancelled, "the cancelled orders are reclassified");
        }
    }

    /** A live Odoo partner whose party has no other live record in Odoo, so archiving it removes a customer. */
    private static CustomerRecord loneOdooPartner(CrmErpDataGenerator data) {
        List<CustomerRecord> live = data.customerRecords().stream()
                .filter(r -> r.system().equals(ODOO) && r.fate() == CrmErpDataGenerator.Fate.LIVE).toList();
        return live.stream().filter(r -> r.sourceId().startsWith("res_partner:")
                && live.stream().filter(o -> o.party() == r.party()).count() == 1
                && r.party() != data.showcase().party()).findFirst().orElseThrow();
    }
}
