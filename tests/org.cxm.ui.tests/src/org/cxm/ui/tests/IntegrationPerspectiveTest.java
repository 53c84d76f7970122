package org.cxm.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.cxm.history.HistoryStore;
import org.cxm.history.MergeRecord;
import org.cxm.history.StoreLocation;
import org.cxm.identity.CustomerMerger;
import org.cxm.identity.MatchReason;
import org.cxm.model.IdentifierKind;
import org.cxm.tests.support.HistoryFixture;
import org.cxm.tests.support.TestStores;
import org.cxm.ui.CxmUi;
import org.cxm.ui.internal.StoreSession;
import org.cxm.ui.internal.integration.DeadLettersView;
import org.cxm.ui.internal.integration.IntegrationPerspective;
import org.cxm.ui.internal.integration.MergeJournalView;
import org.cxm.ui.internal.integration.SyncRunsView;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An integrator opens the Integration perspective on a store after a sync: the run with its counts, the
 * record that could not be stored and why, and a wrong merge that Unmerge splits again.
 */
class IntegrationPerspectiveTest {

    private static final OffsetDateTime MONDAY = OffsetDateTime.of(2026, 11, 16, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private HistoryStore store;
    private long ana;
    private long anaInErp;

    @AfterEach
    void backToCustomer360() throws Exception {
        PlatformUI.getWorkbench().showPerspective(CxmUi.CUSTOMER_360_PERSPECTIVE_ID, UiTestSupport.window());
        store.close();
    }

    @Test
    void showsRunsDeadLettersAndUnmergesAWrongMerge() throws Exception {
        StoreLocation location = fill();
        StoreSession.use(location);
        IWorkbenchPage page = PlatformUI.getWorkbench().showPerspective(IntegrationPerspective.ID,
                UiTestSupport.window());
        SyncRunsView runs = (SyncRunsView) page.findView(SyncRunsView.ID);
        DeadLettersView deadLetters = (DeadLettersView) page.findView(DeadLettersView.ID);
        MergeJournalView journal = (MergeJournalView) page.findView(MergeJournalView.ID);

        assertTrue(UiTestSupport.waitUntil(() -> runs.rows().size() == 2 && deadLetters.rows().size() == 1
                && journal.rows().size() == 1, PATIENCE), "views filled: " + runs.rows());
        List<String> newest = runs.rows().get(0);
        assertEquals(List.of("PARTIAL", "7", "1", "0", "0", "0", "1"), newest.subList(2, 9),
                "newest run first, with status and counts: " + newest);
        assertEquals("0m 42s", newest.get(1));
        assertEquals("OK", runs.rows().get(1).get(2));
        assertEquals(List.of("crm", "calls", "calls:k9", "bad date in date_start: 2026-13-01"),
                deadLetters.rows().get(0).subList(0, 4));
        deadLetters.select(0);
        assertTrue(UiTestSupport.waitUntil(() -> deadLetters.rawRecord().contains("date_start=2026-13-01"),
                PATIENCE), "the raw record of the selected dead letter: " + deadLetters.rawRecord());
        assertEquals(List.of("same e-mail", "EMAIL ana@example.com", "#" + anaInErp + " into #" + ana, ""),
                journal.rows().get(0).subList(1, 5));
        UiTestSupport.processEvents();
        Screenshots.save(UiTestSupport.window().getShell(), "integration-perspective");

        assertNull(store.customer(anaInErp), "merged away before the unmerge");
        MergeRecord merge = journal.merges().get(0);
        journal.select(merge);
        assertTrue(journal.canUnmerge(), "Unmerge is offered for a merge not undone");
        journal.unmerge(merge);

        assertTrue(UiTestSupport.waitUntil(() -> !journal.rows().get(0).get(4).isEmpty(), PATIENCE),
                "the journal shows the merge as undone: " + journal.rows());
        assertNotNull(store.customer(anaInErp), "the ERP's customer is a customer of its own again");
        assertEquals(List.of("erp"), store.identities(anaInErp).stream().map(i -> i.sourceSystem()).toList());
        assertEquals(List.of("crm"), store.identities(ana).stream().map(i -> i.sourceSystem()).toList());
        assertEquals(1, store.timeline(anaInErp, 10).size(), "the ERP's invoice went back with its customer");
        journal.select(journal.merges().get(0));
        assertFalse(journal.canUnmerge(), "an undone merge cannot be undone twice");
        UiTestSupport.processEvents();
        Screenshots.save(UiTestSupport.window().getShell(), "integration-after-unmerge");
    }

    /** A store after two syncs: one dead letter, and the ERP's Ana merged into the CRM's by e-mail. */
    private StoreLocation fill() throws Exception {
        StoreLocation location = TestStores.h2();
        store = HistoryStore.open(location);
        HistoryFixture fixture = new HistoryFixture(store);
        fixture.syncRun(MONDAY, Duration.ofMinutes(3), "OK", 120, 100, 0);
        long run = fixture.syncRun(MONDAY.plusDays(1), Duration.ofSeconds(42), "PARTIAL", 7, 1, 1);
        fixture.deadLetter(run, "crm", "calls", "calls:k9", "bad date in date_start: 2026-13-01",
                "date_start=2026-13-01\nid=k9\n");
        ana = fixture.customer("Ana Lima", "ana@example.com", null);
        fixture.sourceCustomer(ana, "crm", "contacts:4711", "Ana Lima");
        fixture.identity(ana, "crm", "contacts:4711", "EMAIL", "ana@example.com");
        anaInErp = fixture.customer("A. Lima", "ana@example.com", null);
        fixture.sourceCustomer(anaInErp, "erp", "partners:88", "A. Lima");
        fixture.identity(anaInErp, "erp", "partners:88", "EMAIL", "ana@example.com");
        long invoice = fixture.interaction(anaInErp, "erp", "invoices:5", MONDAY, "invoice", "email", "Invoice 5");
        store.jdbi().useHandle(h -> h.createUpdate("UPDATE interaction SET source_customer_id = 'partners:88'"
                + " WHERE id = :id").bind("id", invoice).execute());
        store.jdbi().useTransaction(handle -> new CustomerMerger().merge(handle, ana, anaInErp,
                new MatchReason("same e-mail", IdentifierKind.EMAIL, "ana@example.com")));
        return location;
    }
}
