package org.cxm.demo.tests;

import static org.cxm.demo.data.CrmErpDataGenerator.ODOO;
import static org.cxm.demo.data.CrmErpDataGenerator.SUITECRM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.cxm.demo.Demo;
import org.cxm.demo.DemoException;
import org.cxm.demo.DemoSetup;
import org.cxm.demo.data.CrmErpDataGenerator.SameParty;
import org.cxm.demo.data.CrmErpDataGenerator;
import org.cxm.demo.internal.DemoBuilder;
import org.cxm.history.Customer;
import org.cxm.history.CustomerIdentity;
import org.cxm.history.HistoryStore;
import org.cxm.history.MergeRecord;
import org.cxm.history.TimelineEntry;
import org.cxm.model.CxModel;
import org.cxm.model.resource.CxmFiles;
import org.cxm.model.validation.ModelValidation;
import org.cxm.sync.SyncListener;
import org.cxm.tests.support.OpenStores;
import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo as its users meet it through {@link Demo#prepare}: two filled source systems, one customer history
 * in which the people of both systems are one customer each (with the reason why), a showcase customer whose
 * timeline spans both systems up to the last days, and a directory that can be prepared again.
 */
class DemoTest {

    @RegisterExtension
    final OpenStores stores = new OpenStores();

    private static final int CUSTOMERS = 200;

    /** Re-created demos are smaller, to keep the test quick. */
    private static final int FEW = 60;

    @TempDir
    static Path shared;

    /** The demo most tests look at, prepared once. */
    private static DemoSetup demo;

    @TempDir
    Path temporary;

    @BeforeAll
    static void prepareTheDemo() throws DemoException {
        demo = Demo.prepare(shared.resolve("demo"), CUSTOMERS, SyncListener.SILENT);
    }

    @Test
    void createsBothSourcesAndOneHistoryOfTheirCustomers() throws Exception {
        Path directory = shared.resolve("demo");

        assertFalse(demo.reused());
        assertEquals(List.of(), demo.sync().failures());
        CxModel model = CxmFiles.load(demo.model());
        assertEquals(List.of(SUITECRM, ODOO), model.getDataSources().stream().map(s -> s.getName()).toList());
        assertTrue(model.getDataSources().stream().allMatch(s -> s.getJdbcUrl().startsWith("jdbc:h2:file:"
                + directory.resolve("sources"))), "both sources are H2 files in the demo directory");
        assertTrue(DemoFacts.countInSource(model, SUITECRM, "SELECT COUNT(*) FROM contacts") > CUSTOMERS / 2);
        assertTrue(DemoFacts.countInSource(model, SUITECRM, "SELECT COUNT(*) FROM calls") > CUSTOMERS);
        assertTrue(DemoFacts.countInSource(model, ODOO, "SELECT COUNT(*) FROM res_partner") > CUSTOMERS / 2);
        assertTrue(DemoFacts.countInSource(model, ODOO, "SELECT COUNT(*) FROM discuss_channel") > 0);
        assertEquals(List.of(), ModelValidation.problems(ModelValidation.validate(model)).stream()
                .filter(d -> d.getSeverity() >= Diagnostic.ERROR).map(Diagnostic::getMessage).toList());
        assertFalse(model.getJourneys().isEmpty(), "the online shop's journeys come with the mappings");

        CrmErpDataGenerator data = new CrmErpDataGenerator(DemoBuilder.SEED, CUSTOMERS,
                DemoBuilder.INTERACTIONS_PER_CUSTOMER, LocalDateTime.now());
        List<String> both = List.of(SUITECRM, ODOO);
        try (HistoryStore store = HistoryStore.open(stores.watch(demo.store()))) {
            assertEquals(data.expectedCustomers(both), DemoFacts.liveCustomers(store), "one customer per person");
            assertEquals(data.expectedMerges(both), demo.sync().merged());
            assertTrue(data.sameAcrossSystems().size() > CUSTOMERS / 10, "many people are in both systems");
            for (SameParty same : data.sameAcrossSystems()) {
                long customer = DemoFacts.customerOf(store, SUITECRM, same.suiteCrmId());
                assertTrue(customer > 0, same + " is synced");
                assertEquals(customer, DemoFacts.customerOf(store, ODOO, same.odooId()), same + " is one customer");
                assertTrue(store.merges(customer).stream().anyMatch(m -> m.rule() != null
                        && m.identifierValue() != null), same + " says why it was merged: " + store.merges(customer));
            }
        }
    }

    @Test
    void theShowcaseCustomerHasEverythingToLookAtInBothSystems() throws Exception {
        assertEquals("sofia.martins@example.com", demo.customer());
        try (HistoryStore store = HistoryStore.open(stores.watch(demo.store()))) {
            List<Customer> found = store.customersByIdentifier(demo.customer());
            assertEquals(1, found.size());
            Customer sofia = found.get(0);
            assertEquals(demo.customerName(), sofia.displayName());
            List<CustomerIdentity> identities = store.identities(sofia.id());
            Set<String> emails = identities.stream().filter(i -> i.kind().equals("EMAIL"))
                    .map(CustomerIdentity::value).collect(Collectors.toSet());
            assertEquals(Set.of("sofia.martins@example.com", "s.martins@croydon-health.example.org"), emails,
                    "partly different identifiers");
            assertEquals(Set.of(SUITECRM, ODOO), identities.stream().map(CustomerIdentity::sourceSystem)
                    .collect(Collectors.toSet()));
            List<MergeRecord> merges = store.merges(sofia.id());
            assertTrue(merges.stream().anyMatch(m -> m.rule().equals("Same phone")
                    && m.identifierValue().equals("+447700900123")), "merged for her mobile: " + merges);

            List<TimelineEntry> timeline = store.timeline(sofia.id(), 1000);
            assertEquals(Set.of(SUITECRM, ODOO), timeline.stream().map(TimelineEntry::sourceSystem)
                    .collect(Collectors.toSet()));
            assertEquals(timeline.stream().sorted((a, b) -> b.occurredAt().compareTo(a.occurredAt())).toList(),
                    timeline, "newest first");
            assertTrue(timeline.stream().map(TimelineEntry::kind).collect(Collectors.toSet())
                    .containsAll(Set.of("call", "chat", "email", "case", "order", "invoice", "meeting")));
            assertTrue(timeline.stream().anyMatch(e -> e.kind().equals("case") && e.status().startsWith("Open")),
                    "an open case");
            assertTrue(timeline.stream().anyMatch(e -> e.kind().equals("invoice")
                    && "not_paid".equals(e.paymentStatus())), "an unpaid invoice");
            assertTrue(timeline.stream().anyMatch(e -> e.kind().equals("chat")
                    && "shop.ods.tp.wismo-chat".equals(e.touchpointElementId())), "a chat about her delivery");
            OffsetDateTime lastDays = OffsetDateTime.now().minusDays(5);
            assertTrue(timeline.get(0).occurredAt().isAfter(lastDays), "her latest contact is recent");
            assertEquals(Set.of(SUITECRM, ODOO), timeline.stream().filter(e -> e.occurredAt().isAfter(lastDays))
                    .map(TimelineEntry::sourceSystem).collect(Collectors.toSet()), "both systems, in the last days");
        }
    }

    @Test
    void aSecondRunReusesTheDemo() throws Exception {
        DemoSetup second = Demo.prepare(shared.resolve("demo"), CUSTOMERS, SyncListener.SILENT);

        assertTrue(second.reused());
        assertEquals(List.of(), second.sync().failures());
        assertEquals(0, second.sync().read(), "nothing changed, nothing is read");
        assertEquals(demo.customer(), second.customer());
        assertEquals(demo.store(), second.store());
        try (HistoryStore store = HistoryStore.open(stores.watch(second.store()))) {
            assertEquals(1, store.customersByIdentifier(second.customer()).size());
        }
    }

    @Test
    void anInterruptedStaleOrResizedDemoIsCreatedAnew() throws Exception {
        Path directory = temporary.resolve("demo");
        DemoSetup first = Demo.prepare(directory, FEW, SyncListener.SILENT);
        long customers;
        try (HistoryStore store = HistoryStore.open(stores.watch(first.store()))) {
            customers = DemoFacts.liveCustomers(store);
        }
        // What a run killed before the end leaves: everything but the mark of a complete demo.
        Files.delete(directory.resolve("demo.properties"));

        DemoSetup again = Demo.prepare(directory, FEW, SyncListener.SILENT);

        assertFalse(again.reused());
        assertEquals(List.of(), again.sync().failures());
        try (HistoryStore store = HistoryStore.open(stores.watch(again.store()))) {
            assertEquals(customers, DemoFacts.liveCustomers(store), "created anew, not added to the old one");
        }

        Path marker = directory.resolve("demo.properties");
        String created = Files.readAllLines(marker).stream().filter(l -> l.startsWith("created=")).findFirst()
                .orElseThrow();
        Files.writeString(marker, Files.readString(marker).replace(created, "created=2020-01-01T00\\:00\\:00Z"));
        assertFalse(Demo.prepare(directory, FEW, SyncListener.SILENT).reused(), "a week-old demo is renewed");

        DemoSetup smaller = Demo.prepare(directory, FEW / 2, SyncListener.SILENT);
        assertFalse(smaller.reused());
        try (HistoryStore store = HistoryStore.open(stores.watch(smaller.store()))) {
            assertNotEquals(customers, DemoFacts.liveCustomers(store));
            assertEquals(1, store.customersByIdentifier(smaller.customer()).size());
        }
    }

    @Test
    void leavesADemoAloneWhileAnotherProgramHasItsStoreOpen() throws Exception {
        Path directory = temporary.resolve("demo");
        Demo.prepare(directory, FEW, SyncListener.SILENT);

        // Another program with the store open holds a lock on its file, as H2 does.
        try (FileChannel store = FileChannel.open(directory.resolve("store/history.mv.db"), StandardOpenOption.READ,
                StandardOpenOption.WRITE); FileLock lock = store.lock()) {
            for (int customers : new int[] { FEW, FEW / 2 }) {
                DemoException refused = assertThrows(DemoException.class,
                        () -> Demo.prepare(directory, customers, SyncListener.SILENT));
                assertTrue(refused.getMessage().contains("in use by another program"), refused.getMessage());
            }
        }

        assertTrue(Demo.prepare(directory, FEW, SyncListener.SILENT).reused(), "the demo is still there");
    }

    @Test
    void refusesADirectoryThatHoldsOtherFiles() throws Exception {
        Path directory = Files.createDirectories(temporary.resolve("documents"));
        Path letter = Files.writeString(directory.resolve("letter.txt"), "Dear Sofia");

        DemoException refused = assertThrows(DemoException.class,
                () -> Demo.prepare(directory, CUSTOMERS, SyncListener.SILENT));

        assertTrue(refused.getMessage().contains("letter.txt"), refused.getMessage());
        assertEquals("Dear Sofia", Files.readString(letter), "nothing of it is touched");
        assertEquals(Set.of(letter), new HashSet<>(Files.list(directory).toList()));
    }

    @Test
    void saysWhyItCannotCreateTheDirectory() throws Exception {
        Path file = Files.writeString(temporary.resolve("a-file"), "not a directory");

        DemoException refused = assertThrows(DemoException.class,
                () -> Demo.prepare(file.resolve("demo"), CUSTOMERS, SyncListener.SILENT));

        assertTrue(refused.getMessage().startsWith("Cannot create the demo"), refused.getMessage());
    }
}
