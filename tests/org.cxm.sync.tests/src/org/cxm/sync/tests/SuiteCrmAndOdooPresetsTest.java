package org.cxm.sync.tests;

import static org.cxm.demo.data.CrmErpDataGenerator.ODOO;
import static org.cxm.demo.data.CrmErpDataGenerator.SUITECRM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.cxm.demo.data.CrmErpDataGenerator.Overlap;
import org.cxm.demo.data.CrmErpDataGenerator.SameParty;
import org.cxm.demo.data.CrmErpDataGenerator;
import org.cxm.history.HistoryStore;
import org.cxm.history.MergeRecord;
import org.cxm.history.TimelineEntry;
import org.cxm.model.CxModel;
import org.cxm.sync.SyncSummary;
import org.cxm.tests.support.OpenStores;
import org.cxm.tests.support.TestStores;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Both presets in one sync run, the way a shop runs SuiteCRM and Odoo side by side: a person or company known
 * to both systems under different ids and partly different identifiers becomes one customer, each merge is
 * journaled with its rule and the identifier value, and placeholders shared by different people merge no one.
 */
class SuiteCrmAndOdooPresetsTest {

    static final List<String> STORES = TestStores.kinds();

    @RegisterExtension
    final OpenStores stores = new OpenStores();

    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 1, 12, 0);

    @ParameterizedTest
    @FieldSource("STORES")
    void thePeopleInBothSystemsAreOneCustomerEach(String kind) throws Exception {
        try (Connection crm = PresetDatabases.suiteCrm(); Connection erp = PresetDatabases.odoo()) {
            CrmErpDataGenerator data = new CrmErpDataGenerator(23, 150, 4, NOW);
            data.fillSuiteCrm(crm);
            data.fillOdoo(erp);
            CxModel suiteCrm = PresetDatabases.suiteCrmPreset();
            CxModel odoo = PresetDatabases.odooPreset();
            HistoryStore store = stores.open(kind);

            PresetDatabases.Run run = PresetDatabases.sync(store, suiteCrm, odoo);

            SyncSummary summary = run.summary();
            List<String> both = List.of(SUITECRM, ODOO);
            assertEquals(List.of(), summary.failures());
            assertEquals(data.expectedReads(SUITECRM), run.reads(SUITECRM));
            assertEquals(data.expectedReads(ODOO), run.reads(ODOO));
            assertEquals(data.expectedCustomers(both), PresetDatabases.liveCustomers(store));
            assertEquals(data.expectedMerges(both), summary.merged());
            long journaled = store.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM merge_journal")
                    .mapTo(Long.class).one());
            assertEquals(summary.merged(), journaled, "every merge is journaled");

            Set<Overlap> overlaps = data.sameAcrossSystems().stream().map(SameParty::overlap).collect(Collectors.toSet());
            assertEquals(Set.of(Overlap.values()), overlaps, "the data has every kind of overlap");
            for (SameParty same : data.sameAcrossSystems()) {
                long inCrm = PresetDatabases.customerOf(store, SUITECRM, same.suiteCrmId());
                long inErp = PresetDatabases.customerOf(store, ODOO, same.odooId());
                assertTrue(inCrm > 0, same + " is synced");
                assertEquals(inCrm, inErp, same + " is one customer");
                List<MergeRecord> merges = store.merges(inCrm);
                String expectedKind = same.overlap() == Overlap.SAME_PHONE_OTHER_EMAIL ? "PHONE" : "EMAIL";
                assertTrue(merges.stream().anyMatch(m -> m.identifierKind().equals(expectedKind) && m.undoneAt() == null),
                        same + " merged by " + expectedKind + ": " + merges);
            }
            SuiteCrmPresetTest.assertPlaceholdersKeptApart(data, store, both);

            CrmErpDataGenerator.Showcase sofia = data.showcase();
            long customer = PresetDatabases.customerOf(store, SUITECRM, sofia.suiteCrmSourceId());
            assertTrue(store.merges(customer).stream().anyMatch(m -> m.rule().equals("Same phone")
                    && m.identifierKind().equals("PHONE") && m.identifierValue().equals(sofia.mobileE164())),
                    "Sofia's two records share only her mobile, written two ways");
            assertEquals("Sofia Martins", store.customer(customer).displayName());
            assertEquals(sofia.suiteCrmEmail(), store.customer(customer).email(), "the CRM is the more trusted source");
            List<TimelineEntry> timeline = store.timeline(customer, 500);
            assertEquals(Set.of(SUITECRM, ODOO), timeline.stream().map(TimelineEntry::sourceSystem)
                    .collect(Collectors.toSet()), "her history holds both systems");
            SuiteCrmPresetTest.assertClassified(timeline, "Sofa arrived damaged", "call", "shop.ods.tp.damage-call",
                    "shop.channel.phone", "shop.ods.stage.retention");
            SuiteCrmPresetTest.assertClassified(timeline, "Where is my sofa?", "email", null, "shop.channel.email",
                    "shop.ods.stage.retention");
            assertTrue(timeline.stream().anyMatch(e -> e.sourceSystem().equals(ODOO) && e.kind().equals("order")
                    && "shop.ods.tp.checkout".equals(e.touchpointElementId())
                    && "shop.ods.stage.purchase".equals(e.stageElementId())), "her Odoo order, classified");
            List<TimelineEntry> newestFirst = timeline.stream().sorted((a, b) -> b.occurredAt().compareTo(a.occurredAt()))
                    .toList();
            assertEquals(newestFirst, timeline, "one timeline across both systems, newest first");
        }
    }
}
