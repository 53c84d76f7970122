package org.cxm.analytics.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cxm.analytics.EventLog;
import org.cxm.analytics.LogEvent;
import org.cxm.analytics.LogWindow;
import org.cxm.history.HistoryStore;
import org.cxm.tests.support.HistoryFixture;
import org.cxm.tests.support.OpenStores;
import org.cxm.tests.support.TestStores;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * The event log read from a real store, on H2 and PostgreSQL: one case per unified customer (a merged-away
 * customer's records belong to the customer it was merged into), in time order, deleted records left out,
 * a period honoured, and the classification and details of each record carried over.
 */
class EventLogTest {

    static final List<String> STORES = TestStores.kinds();

    @RegisterExtension
    final OpenStores stores = new OpenStores();

    @ParameterizedTest
    @FieldSource("STORES")
    void oneCasePerUnifiedCustomerInTimeOrder(String kind) throws Exception {
        try (HistoryStore store = HistoryStore.open(TestStores.of(kind))) {
            Ids ids = fill(store);
            Map<Long, List<String>> cases = cases(new EventLog(store), LogWindow.all());
            assertEquals(Map.of(ids.ana, List.of("tp.showroom", "tp.checkout", "note"), ids.ben, List.of("tp.chat")),
                    cases);
            assertEquals(List.of(ids.ana, ids.ben), List.copyOf(cases.keySet()));
        }
    }

    @ParameterizedTest
    @FieldSource("STORES")
    void aPeriodReadsOnlyItsRecords(String kind) throws Exception {
        try (HistoryStore store = HistoryStore.open(TestStores.of(kind))) {
            Ids ids = fill(store);
            LogWindow window = new LogWindow(day(1).toInstant(), day(5).toInstant());
            assertEquals(Map.of(ids.ana, List.of("tp.checkout"), ids.ben, List.of("tp.chat")),
                    cases(new EventLog(store), window));
        }
    }

    @ParameterizedTest
    @FieldSource("STORES")
    void oneCustomersEventsCarryTheirDetails(String kind) throws Exception {
        try (HistoryStore store = HistoryStore.open(TestStores.of(kind))) {
            Ids ids = fill(store);
            List<LogEvent> events = new EventLog(store).customer(ids.ana);
            assertEquals(3, events.size());
            LogEvent checkout = events.get(1);
            assertEquals(ids.ana, checkout.caseId());
            assertEquals(day(1).toInstant(), Instant.ofEpochMilli(checkout.time()));
            assertEquals("crm", checkout.system());
            assertEquals("order", checkout.kind());
            assertEquals("Won", checkout.status());
            assertEquals(4.0, checkout.score());
            assertEquals(120.5, checkout.amount());
            assertEquals("st.buy", checkout.stageId());
        }
    }

    private record Ids(long ana, long ben) {
    }

    /** Ana (and a second record of her, merged into her), Ben, and a deleted record of Ben's. */
    private static Ids fill(HistoryStore store) {
        HistoryFixture fixture = new HistoryFixture(store);
        long ana = fixture.customer("Ana Lima", "ana@example.com", null);
        long anaInErp = fixture.customer("A. Lima", null, null);
        long ben = fixture.customer("Ben Ode", "ben@example.org", null);
        fixture.merge(ana, anaInErp, "same e-mail", "EMAIL", "ana@example.com");
        long checkout = fixture.interaction(ana, "crm", "o1", day(1), "order", null, "Order");
        fixture.detail(checkout, "touchpoint_element_id", "tp.checkout").detail(checkout, "stage_element_id", "st.buy")
                .detail(checkout, "status", "Won").detail(checkout, "survey_score", 4.0)
                .detail(checkout, "amount", new java.math.BigDecimal("120.5"));
        fixture.interaction(ana, "crm", "n1", day(6), "note", null, "Note");
        long showroom = fixture.interaction(anaInErp, "erp", "m1", day(0), "meeting", null, "Showroom");
        fixture.detail(showroom, "touchpoint_element_id", "tp.showroom");
        long chat = fixture.interaction(ben, "erp", "c1", day(2), "chat", null, "Chat");
        fixture.detail(chat, "touchpoint_element_id", "tp.chat");
        long deleted = fixture.interaction(ben, "erp", "c2", day(3), "chat", null, "Deleted chat");
        store.jdbi().useHandle(h -> h.execute("UPDATE interaction SET deleted = TRUE WHERE id = ?", deleted));
        return new Ids(ana, ben);
    }

    private static Map<Long, List<String>> cases(EventLog log, LogWindow window) {
        Map<Long, List<String>> cases = new LinkedHashMap<>();
        log.scan(window, List.of((caseId, events) -> {
            List<String> activities = new ArrayList<>();
            events.forEach(e -> activities.add(e.activity() != null ? e.activity() : e.kind()));
            cases.put(caseId, activities);
        }));
        return cases;
    }

    private static OffsetDateTime day(int day) {
        return OffsetDateTime.of(2025, 1, 1 + day, 9, 0, 0, 0, ZoneOffset.UTC);
    }
}
