package org.cxm.history.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.cxm.history.AccountStatus;
import org.cxm.history.Customer;
import org.cxm.history.CustomerCard;
import org.cxm.history.CustomerViews;
import org.cxm.history.HistoryStore;
import org.cxm.history.SearchTerms;
import org.cxm.history.StoreLocation;
import org.cxm.history.TimelineEntry;
import org.cxm.history.TimelineFilter;
import org.cxm.tests.support.HistoryFixture;
import org.cxm.tests.support.OpenStores;
import org.cxm.tests.support.TestStores;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** What Customer 360 shows: search as you type, the card, the filtered timeline and the account status. */
class CustomerViewsTest {

    static final List<String> STORES = TestStores.kinds();

    @RegisterExtension
    final OpenStores stores = new OpenStores();

    private static final OffsetDateTime MONDAY = OffsetDateTime.of(2026, 11, 16, 9, 0, 0, 0, ZoneOffset.UTC);

    private StoreLocation storeLocation;
    private HistoryFixture fixture;
    private CustomerViews views;
    private long ana;
    private long anaInErp;
    private long ben;

    private void fill(String kind) throws Exception {
        storeLocation = TestStores.of(kind);
        HistoryStore store = stores.open(storeLocation);
        fixture = new HistoryFixture(store);
        views = new CustomerViews(store);
        ana = fixture.customer("Ana Lima", "ana@example.com", "+4930123456");
        fixture.sourceCustomer(ana, "crm", "contacts:4711", "Ana Lima");
        fixture.identity(ana, "crm", "contacts:4711", "EMAIL", "ana@example.com");
        fixture.identity(ana, "crm", "contacts:4711", "PHONE", "+4930123456");
        anaInErp = fixture.customer("A. Lima", null, null);
        fixture.sourceCustomer(ana, "erp", "partners:88", "A. Lima");
        fixture.identity(ana, "erp", "partners:88", "EMAIL", "ana@example.com");
        fixture.merge(ana, anaInErp, "same e-mail", "EMAIL", "ana@example.com");
        ben = fixture.customer("Ben Ode", "ben@example.org", null);
        fixture.sourceCustomer(ben, "crm", "contacts:12", "Ben Ode");
    }

    @ParameterizedTest
    @FieldSource("STORES")
    void searchFindsByNameEmailPhoneDigitsAndSourceId(String kind) throws Exception {
        fill(kind);

        assertEquals(List.of(ana), ids(views.search("lim", 10)), "part of the name, any case");
        assertEquals(List.of(ben), ids(views.search("BEN@EX", 10)), "part of the e-mail address");
        assertEquals(List.of(ana), ids(views.search("30 123", 10)), "digits of the phone number");
        assertEquals(List.of(ana), ids(views.search("partners:88", 10)), "the ERP's id with its prefix");
        assertEquals(List.of(ana), ids(views.search("4711", 10)), "the CRM's id without its prefix");
        assertEquals(List.of(), views.search("  ", 10), "blank finds nobody");
        assertEquals(List.of(ana, ben), ids(views.search("exa", 10)), "merged-away customers are not listed");
    }

    @ParameterizedTest
    @FieldSource("STORES")
    void searchMatchesTheStartOfWordsLikePeopleType(String kind) throws Exception {
        fill(kind);
        long zoe = fixture.customer("Zoë Núñez-García", "zoe.nunez@correo.es", "+34912345678");

        assertEquals(List.of(ana), ids(views.search("ana lim", 10)), "every word typed starts a word");
        assertEquals(List.of(), ids(views.search("lima ode", 10)), "words of two customers find neither");
        assertEquals(List.of(zoe), ids(views.search("zoe nunez", 10)), "without accents");
        assertEquals(List.of(zoe), ids(views.search("garc", 10)), "part of a hyphenated name");
        assertEquals(List.of(zoe), ids(views.search("correo.es", 10)), "the e-mail domain");
        assertEquals(List.of(zoe), ids(views.search("091 234 5678", 10)), "a national number with trunk 0");
        assertEquals(List.of(zoe), ids(views.search("345678", 10)), "the last digits of the phone");
        assertEquals(List.of(), ids(views.search("ez", 10)), "the end of a word finds nobody");
        assertEquals(List.of(zoe), ids(views.search("nu", 10)), "two letters start a word");
    }

    @ParameterizedTest
    @FieldSource("STORES")
    void aRareWordFindsItsCustomerAmongThousandsSharingAnother(String kind) throws Exception {
        fill(kind);
        int common = CustomerViews.CANDIDATES + 500;
        HistoryStore store = stores.open(storeLocation);
        store.jdbi().useTransaction(handle -> {
            PreparedBatch customers = handle.prepareBatch("INSERT INTO customer (id, display_name, created_at,"
                    + " updated_at) VALUES (:id, :name, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            PreparedBatch sources = handle.prepareBatch("INSERT INTO source_customer (source_system, source_id,"
                    + " customer_id, display_name, source_priority, deleted, content_hash) VALUES ('crm', :source,"
                    + " :id, :name, 1, FALSE, 'h')");
            for (int i = 0; i < common; i++) {
                long id = 100_000 + i;
                customers.bind("id", id).bind("name", "Smith " + id).add();
                sources.bind("id", id).bind("source", "contacts:s" + id).bind("name", "Smith " + id).add();
            }
            customers.execute();
            sources.execute();
            SearchTerms.rebuild(handle);
        });
        long last = 100_000 + common - 1;

        assertEquals(List.of(last), ids(views.search("smith " + last, 10)), "the rarer word drives the search");
        assertEquals(10, views.search("smith", 10).size(), "a common word lists as many as asked for");
        assertEquals(List.of(ana), ids(views.search("ana lim", 10)), "the fixture's customers are still found");
    }

    @ParameterizedTest
    @FieldSource("STORES")
    void searchTermsAreWrittenForAStoreSyncedBeforeTheyExisted(String kind) throws Exception {
        fill(kind);
        HistoryStore store = stores.open(storeLocation);
        store.jdbi().useHandle(handle -> handle.execute("DELETE FROM search_term"));
        store.close();
        // Reopened, the store writes the terms again from the source customers and their identities.
        CustomerViews reopened = new CustomerViews(stores.open(storeLocation));

        assertEquals(List.of(ana), ids(reopened.search("partners:88", 10)));
        assertEquals(List.of(ben), ids(reopened.search("contacts:12", 10)));
    }

    @ParameterizedTest
    @FieldSource("STORES")
    void cardShowsIdentitiesPerSystemAndWhyCustomersWereMerged(String kind) throws Exception {
        fill(kind);

        CustomerCard card = views.card(ana);

        assertEquals("Ana Lima", card.customer().displayName());
        assertEquals(List.of("crm", "crm", "erp"), card.identities().stream().map(i -> i.sourceSystem()).toList());
        assertEquals("same e-mail", card.merges().get(0).rule());
        assertEquals("ana@example.com", card.merges().get(0).identifierValue());
        assertNull(views.card(anaInErp), "a merged-away customer has no card of its own");
    }

    @ParameterizedTest
    @FieldSource("STORES")
    void timelineMixesSystemsNewestFirstAndFiltersByChannelStageAndDate(String kind) throws Exception {
        fill(kind);
        fixture.detail(fixture.interaction(ana, "crm", "calls:1", MONDAY, "call", "phone", "Card blocked"),
                "stage_element_id", "stage-support");
        fixture.detail(fixture.interaction(ana, "erp", "invoices:5", MONDAY.plusDays(2), "invoice", "email",
                "Invoice 5"), "stage_element_id", "stage-purchase");
        fixture.interaction(ana, "crm", "chats:3", MONDAY.plusDays(1), "chat", "chat", "Where is my card?");
        fixture.interaction(ben, "crm", "calls:9", MONDAY.plusDays(3), "call", "phone", "Other customer");

        assertEquals(List.of("invoices:5", "chats:3", "calls:1"),
                records(views.timeline(ana, TimelineFilter.newest(50))));
        assertEquals(List.of("calls:1"), records(views.timeline(ana,
                new TimelineFilter("phone", null, null, null, 50))));
        assertEquals(List.of("chats:3"), records(views.timeline(ana,
                new TimelineFilter(null, null, MONDAY.plusDays(1), MONDAY.plusDays(2), 50))));
        assertEquals(List.of("chat", "email", "phone"), views.channels(ana));
        assertEquals(List.of("invoices:5"), records(views.timeline(ana,
                new TimelineFilter(null, "stage-purchase", null, null, 50))));
        assertEquals(List.of("stage-purchase", "stage-support"), views.stageIds(ana));
    }

    @ParameterizedTest
    @FieldSource("STORES")
    void statusCountsOpenCasesUnpaidInvoicesAndTakesTheLatestSurveyScore(String kind) throws Exception {
        fill(kind);
        fixture.detail(fixture.interaction(ana, "crm", "cases:1", MONDAY, "case", "phone", "Open"), "status", "Open");
        fixture.detail(fixture.interaction(ana, "crm", "cases:2", MONDAY, "case", "phone", "Done"), "status", "Closed");
        long unpaid = fixture.interaction(ana, "erp", "invoices:1", MONDAY, "invoice", null, "Invoice 1");
        fixture.detail(unpaid, "payment_status", "not_paid").detail(unpaid, "amount", new BigDecimal("120.50"));
        long paid = fixture.interaction(ana, "erp", "invoices:2", MONDAY, "invoice", null, "Invoice 2");
        fixture.detail(paid, "payment_status", "paid").detail(paid, "amount", new BigDecimal("99"));
        fixture.detail(fixture.interaction(ana, "crm", "surveys:1", MONDAY, "surveyResponse", "email", "NPS"),
                "survey_score", 4.0);
        fixture.detail(fixture.interaction(ana, "crm", "surveys:2", MONDAY.plusDays(1), "surveyResponse", "email",
                "NPS"), "survey_score", 9.0);

        AccountStatus status = views.status(ana);

        assertEquals(1, status.openCases());
        assertEquals(1, status.unpaidInvoices());
        assertEquals(0, new BigDecimal("120.50").compareTo(status.unpaidAmount()));
        assertEquals(9.0, status.latestSurveyScore());
        assertEquals(0, views.status(ben).openCases());
        assertNull(views.status(ben).latestSurveyScore(), "no survey, no score");
    }

    private static List<Long> ids(List<Customer> customers) {
        return customers.stream().map(Customer::id).toList();
    }

    @ParameterizedTest
    @FieldSource("STORES")
    void contextBeforeYouAnswerIsWhatTheCustomerAskedOnAnyChannelLately(String kind) throws Exception {
        fill(kind);
        OffsetDateTime today = MONDAY.plusDays(30);
        fixture.interaction(ana, "crm", "calls:old", MONDAY, "call", "phone", "Long ago");
        fixture.interaction(ana, "erp", "chats:1", today.minusDays(1), "chat", "chat", "Where is my sofa?");
        fixture.interaction(ana, "crm", "cases:7", today.minusDays(2), "case", "email", "Sofa damaged");
        fixture.interaction(ana, "erp", "invoices:9", today.minusHours(3), "invoice", "email", "Invoice 9");
        fixture.interaction(ben, "crm", "chats:2", today.minusDays(1), "chat", "chat", "Someone else");

        assertEquals(List.of("chats:1", "cases:7"), records(views.recentConversations(ana, today, 14, 10)),
                "yesterday's chat and the case, not the invoice, nor the old call, nor another customer's chat");
        assertEquals(List.of("chats:1"), records(views.recentConversations(ana, today, 14, 1)));
    }

    @ParameterizedTest
    @FieldSource("STORES")
    void currentStageIsThatOfTheNewestClassifiedInteraction(String kind) throws Exception {
        fill(kind);
        assertEquals(null, views.currentStageId(ana), "nothing classified yet");
        fixture.detail(fixture.interaction(ana, "crm", "calls:1", MONDAY, "call", "phone", "Buying"),
                "stage_element_id", "stage-purchase");
        fixture.detail(fixture.interaction(ana, "crm", "calls:2", MONDAY.plusDays(2), "call", "phone", "Help"),
                "stage_element_id", "stage-support");
        fixture.interaction(ana, "crm", "notes:3", MONDAY.plusDays(3), "note", null, "Unclassified");

        assertEquals("stage-support", views.currentStageId(ana));
    }

    private static List<String> records(List<TimelineEntry> entries) {
        return entries.stream().map(TimelineEntry::sourceRecordId).toList();
    }
}
