package org.cxm.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.cxm.history.StoreLocation;
import org.cxm.model.resource.CxmFiles;
import org.cxm.tests.support.AnalyticsModel;
import org.cxm.tests.support.HistoryFixture;
import org.cxm.tests.support.OpenStores;
import org.cxm.tests.support.TestStores;
import org.cxm.ui.internal.ModelSession;
import org.cxm.ui.internal.StoreSession;
import org.cxm.ui.internal.customer.CustomerCardView;
import org.cxm.ui.internal.customer.CustomerSearchView;
import org.cxm.ui.internal.customer.TimelineView;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** A service rep searches a customer known to the CRM and the ERP and reads one timeline across both. */
class Customer360Test {

    private static final OffsetDateTime MONDAY = OffsetDateTime.of(2026, 11, 16, 9, 0, 0, 0, ZoneOffset.UTC);

    /** Closes the stores the tests fill, and checks that nothing holds them once the views let go. */
    @RegisterExtension
    final OpenStores stores = new OpenStores();

    @AfterEach
    void workbenchLetsGoOfTheStore() {
        StoreSession.use(null);
    }

    @Test
    void searchShowsOneTimelineAcrossSystemsNewestFirst() throws Exception {
        StoreLocation location = TestStores.h2();
        HistoryFixture fixture = new HistoryFixture(stores.open(location));
        long ana = fixture.customer("Ana Lima", "ana@example.com", "+4930123456");
        fixture.sourceCustomer(ana, "crm", "contacts:4711", "Ana Lima");
        fixture.sourceCustomer(ana, "erp", "partners:88", "A. Lima");
        fixture.identity(ana, "crm", "contacts:4711", "EMAIL", "ana@example.com");
        fixture.identity(ana, "erp", "partners:88", "EMAIL", "ana@example.com");
        fixture.interaction(ana, "crm", "calls:1", MONDAY, "call", "phone", "Card blocked");
        fixture.interaction(ana, "erp", "invoices:5", MONDAY.plusDays(2), "invoice", "email", "Invoice 5");
        fixture.interaction(ana, "crm", "chats:3", MONDAY.plusDays(1), "chat", "chat", "Where is my card?");
        long ben = fixture.customer("Ben Ode", "ben@example.org", null);
        fixture.interaction(ben, "crm", "calls:9", MONDAY.plusDays(3), "call", "phone", "Someone else");
        StoreSession.use(location);

        IWorkbenchPage page = UiTestSupport.window().getActivePage();
        CustomerSearchView search = (CustomerSearchView) page.showView(CustomerSearchView.ID);
        TimelineView timeline = (TimelineView) page.findView(TimelineView.ID);
        search.setQuery("ana@exa");

        assertTrue(UiTestSupport.waitUntil(() -> timeline.rows().size() == 3, Duration.ofSeconds(20)),
                "timeline filled: " + timeline.rows());
        List<List<String>> rows = timeline.rows();
        assertEquals(List.of("erp", "crm", "crm"), rows.stream().map(row -> row.get(1)).toList());
        assertEquals(List.of("Invoice 5", "Where is my card?", "Card blocked"),
                rows.stream().map(row -> row.get(4)).toList());
        assertTrue(rows.get(0).get(0).compareTo(rows.get(1).get(0)) > 0, "newest first: " + rows);
        UiTestSupport.processEvents();
        Screenshots.save(UiTestSupport.window().getShell(), "customer-360-timeline");
    }

    @Test
    void theCardShowsWhatTheCustomerAskedRecentlyOnOtherChannelsAndTheirStage() throws Exception {
        StoreLocation location = TestStores.h2();
        HistoryFixture fixture = new HistoryFixture(stores.open(location));
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        long rui = fixture.customer("Rui Context", "rui@example.com", null);
        fixture.interaction(rui, "crm", "calls:old", now.minusDays(40), "call", "phone", "Question from last month");
        long chat = fixture.interaction(rui, "crm", "chats:7", now.minusDays(1), "chat", "chat", "Where is my parcel?");
        fixture.detail(chat, "stage_element_id", "stage-delivery");
        long lost = fixture.interaction(rui, "crm", "cases:12", now.minusDays(3), "case", "web", "Parcel lost");
        fixture.detail(lost, "status", "Open");
        fixture.interaction(rui, "erp", "orders:3", now.minusDays(2), "order", "web", "Order 3");
        StoreSession.use(location);

        IWorkbenchPage page = UiTestSupport.window().getActivePage();
        CustomerSearchView search = (CustomerSearchView) page.showView(CustomerSearchView.ID);
        CustomerCardView card = (CustomerCardView) page.findView(CustomerCardView.ID);
        search.setQuery("rui@example");

        assertTrue(UiTestSupport.waitUntil(() -> card.statusText().contains("Where is my parcel?"),
                Duration.ofSeconds(20)), "card shows Rui: " + card.statusText());
        String status = card.statusText();
        assertTrue(status.contains("Open cases: 1"), status);
        assertTrue(status.contains("Current journey stage: stage-delivery"), status);
        String context = status.substring(status.indexOf("Context before you answer"));
        assertTrue(context.indexOf("chat: Where is my parcel?") < context.indexOf("case: Parcel lost [Open]"),
                "yesterday's chat, then the open case: " + context);
        assertTrue(context.contains("chat: Where is my parcel?"), context);
        assertFalse(context.contains("Question from last month"), "older than the context window: " + context);
        assertFalse(context.contains("Order 3"), "orders are not something the customer asked: " + context);
        UiTestSupport.processEvents();
        Screenshots.save(UiTestSupport.window().getShell(), "customer-360-context");

        TimelineView timeline = (TimelineView) page.findView(TimelineView.ID);
        assertTrue(UiTestSupport.waitUntil(() -> timeline.rows().size() == 4, Duration.ofSeconds(20)),
                "Rui's whole timeline: " + timeline.rows());
        timeline.filterByStage("stage-delivery");
        assertTrue(UiTestSupport.waitUntil(() -> timeline.rows().size() == 1, Duration.ofSeconds(20)),
                "only the delivery stage: " + timeline.rows());
        assertEquals("Where is my parcel?", timeline.rows().get(0).get(4));
    }

    @Test
    void theCardShowsTheCustomersOwnPathThroughTheJourney(@TempDir Path folder) throws Exception {
        AnalyticsModel shop = new AnalyticsModel();
        Path modelFile = folder.resolve("shop.cxm");
        CxmFiles.save(shop.model, modelFile);
        ModelSession.open(modelFile);
        StoreLocation location = TestStores.h2();
        HistoryFixture fixture = new HistoryFixture(stores.open(location));
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        long eva = fixture.customer("Eva Path", "eva@example.com", null);
        fixture.walk(eva, "crm", "web:", now.minusDays(3), Duration.ofDays(1), shop.showroom, shop.showroom,
                shop.checkout);
        fixture.walk(eva, "crm", "calls:", now.minusHours(3), Duration.ZERO, shop.damage);
        StoreSession.use(location);

        IWorkbenchPage page = UiTestSupport.window().getActivePage();
        CustomerSearchView search = (CustomerSearchView) page.showView(CustomerSearchView.ID);
        CustomerCardView card = (CustomerCardView) page.findView(CustomerCardView.ID);
        search.setQuery("eva@example");

        assertTrue(UiTestSupport.waitUntil(() -> card.pathText().contains("Order and support"), Duration.ofSeconds(20)),
                "card shows Eva's path: " + card.pathText());
        String path = card.pathText();
        assertTrue(path.contains("last step 3 h ago"), path);
        assertTrue(path.contains("done     Try it in a showroom (2 times)"), path);
        assertTrue(path.contains("done     Check out"), path);
        assertTrue(path.contains("passed   Order by phone (optional)"), path);
        assertTrue(path.contains("skipped  Ask where the order is"), path);
        assertTrue(path.contains("done     Report damage by phone"), path);
        assertTrue(path.contains("not yet  Collect the replacement"), path);
        assertTrue(path.contains("Deviations: repeated 'Try it in a showroom'."), path);
        UiTestSupport.processEvents();
        Screenshots.save(UiTestSupport.window().getShell(), "customer-360-path");
    }
}
