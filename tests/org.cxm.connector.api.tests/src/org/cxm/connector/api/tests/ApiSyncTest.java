package org.cxm.connector.api.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.cxm.history.HistoryStore;
import org.cxm.sync.SyncListener;
import org.cxm.sync.SyncOptions;
import org.cxm.sync.SyncSummary;
import org.cxm.tests.support.OpenStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Syncing a REST API through the API connector, against a real HTTP server: every way of paging reads
 * every record once; records sharing a modified time across page, batch and run boundaries are synced
 * once; an empty last page ends the read; a repeated page token stops it with a clear failure; a 429 is
 * waited for as its Retry-After says, a 503 retried, an expired OAuth2 token fetched again; refused
 * credentials say so.
 */
class ApiSyncTest {

    @RegisterExtension
    final OpenStores stores = new OpenStores();

    private static final String TIME = "2026-03-01T10:00:00";

    @ParameterizedTest
    @EnumSource(FeedApi.Paging.class)
    void everyWayOfPagingReadsEveryRecordOnce(FeedApi.Paging paging) throws Exception {
        FeedApi feed = new FeedApi();
        feed.paging = paging;
        try (MockApiServer server = new MockApiServer(feed)) {
            addContactsAndCalls(feed, 12, 3);
            FeedModel model = new FeedModel(server, paging, 5);
            HistoryStore store = stores.open("h2");

            SyncSummary summary = Syncs.api(store, model.model.model);

            assertEquals(List.of(), summary.failures());
            assertEquals(12 + 36, summary.inserted());
            assertEquals(36, count(store, "SELECT COUNT(DISTINCT source_record_id) FROM interaction"
                    + " WHERE customer_id IS NOT NULL"), "every call belongs to its contact");
        }
    }

    @Test
    void recordsSharingAModifiedTimeAreSyncedOnceAcrossPagesBatchesAndRuns() throws Exception {
        FeedApi feed = new FeedApi();
        try (MockApiServer server = new MockApiServer(feed)) {
            feed.contact(1, "ana@example.com", "Ana", TIME);
            for (int id = 1; id <= 30; id++) {
                feed.call(id, 1, "Call " + id, TIME);
            }
            FeedModel model = new FeedModel(server, FeedApi.Paging.OFFSET, 10);
            model.calls.setBatchSize(7);
            HistoryStore store = stores.open("h2");
            Syncs.api(store, model.model.model);
            for (int id = 31; id <= 35; id++) {
                feed.call(id, 1, "Call " + id, TIME);
            }

            SyncSummary second = Syncs.api(store, model.model.model);

            assertEquals(List.of(), second.failures());
            assertEquals(5, second.inserted(), "only the new calls at the same time are new");
            assertEquals(0, second.updated());
            assertEquals(35, count(store, "SELECT COUNT(*) FROM interaction"));
            assertEquals(35, count(store, "SELECT COUNT(DISTINCT source_record_id) FROM interaction"));
        }
    }

    @Test
    void anEmptyLastPageEndsTheRead() throws Exception {
        FeedApi feed = new FeedApi();
        try (MockApiServer server = new MockApiServer(feed)) {
            addContactsAndCalls(feed, 20, 0);
            FeedModel model = new FeedModel(server, FeedApi.Paging.OFFSET, 10);
            HistoryStore store = stores.open("h2");

            SyncSummary summary = Syncs.api(store, model.model.model);

            assertEquals(List.of(), summary.failures());
            assertEquals(20, summary.inserted());
            List<String> offsets = server.requests().stream().filter(r -> r.path().equals("/contacts"))
                    .map(r -> r.query().get("offset")).toList();
            // The first page again: the source test of the run; then 0, 10 and the empty page at 20.
            assertEquals(List.of("0", "0", "10", "20"), offsets);
        }
    }

    @Test
    void aRepeatedPageTokenStopsTheReadWithAClearFailure() throws Exception {
        FeedApi feed = new FeedApi();
        feed.paging = FeedApi.Paging.CURSOR_TOKEN;
        feed.repeatToken = true;
        try (MockApiServer server = new MockApiServer(feed)) {
            addContactsAndCalls(feed, 30, 0);
            FeedModel model = new FeedModel(server, FeedApi.Paging.CURSOR_TOKEN, 5);
            HistoryStore store = stores.open("h2");

            SyncSummary summary = Syncs.api(store, model.model.model);

            assertEquals(1, summary.failures().size(), summary.failures().toString());
            assertTrue(summary.failures().get(0).contains("page token \"p5\" a second time"), summary.failures()
                    .get(0));
            assertTrue(server.requests().size() < 10, "the read stopped instead of looping");
        }
    }

    @Test
    void aTooManyRequestsAnswerIsWaitedForAsItsRetryAfterSays() throws Exception {
        FeedApi feed = new FeedApi();
        try (MockApiServer server = new MockApiServer(feed)) {
            addContactsAndCalls(feed, 8, 0);
            FeedModel model = new FeedModel(server, FeedApi.Paging.OFFSET, 5);
            model.crm.setMaxAttempts(1);
            server.failNext(r -> "5".equals(r.query().get("offset")), new MockApiServer.Answer(429,
                    Map.of("Retry-After", "1"), "{\"error\": \"rate limited\"}"));
            HistoryStore store = stores.open("h2");

            SyncSummary summary = Syncs.api(store, model.model.model);

            assertEquals(List.of(), summary.failures());
            assertEquals(8, summary.inserted());
            assertEquals(2, server.requests().stream().filter(r -> "5".equals(r.query().get("offset"))).count(),
                    "the rate-limited page was asked again, once");
        }
    }

    @Test
    void aServerErrorIsRetriedAndARetryAfterLongerThanAllowedFails() throws Exception {
        FeedApi feed = new FeedApi();
        try (MockApiServer server = new MockApiServer(feed)) {
            addContactsAndCalls(feed, 8, 0);
            FeedModel model = new FeedModel(server, FeedApi.Paging.OFFSET, 5);
            model.api.setMaxRetryAfterSeconds(60);
            model.contacts.setBatchSize(5);
            server.failNext(r -> "0".equals(r.query().get("offset")), MockApiServer.Answer.status(503, "busy"));
            server.failNext(r -> "5".equals(r.query().get("offset")), new MockApiServer.Answer(429,
                    Map.of("Retry-After", "3600"), "{}"));
            HistoryStore store = stores.open("h2");

            SyncSummary summary = Syncs.api(store, model.model.model);

            assertEquals(5, summary.inserted(), "the first page, retried after the 503, and not the page after");
            assertTrue(summary.failures().get(0).contains("asks to wait 3600 s, longer than the 60 s"),
                    summary.failures().toString());
        }
    }

    @Test
    void anExpiredOAuth2TokenIsFetchedAgain() throws Exception {
        FeedApi feed = new FeedApi();
        feed.requestsPerToken = 2;
        try (MockApiServer server = new MockApiServer(feed)) {
            addContactsAndCalls(feed, 12, 1);
            FeedModel model = new FeedModel(server, FeedApi.Paging.OFFSET, 5);
            model.useOAuth2();
            HistoryStore store = stores.open("h2");

            SyncSummary summary = Syncs.api(store, model.model.model);

            assertEquals(List.of(), summary.failures());
            assertEquals(24, summary.inserted());
            assertTrue(feed.tokensIssued.get() >= 3, feed.tokensIssued + " tokens");
            assertTrue(server.requests().stream().anyMatch(r -> r.path().equals("/contacts")
                    && r.header("Authorization").equals("Bearer oauth-1")), "the first token was used");
        }
    }

    @Test
    void refusedCredentialsFailTheDataSourceAndSaySo() throws Exception {
        FeedApi feed = new FeedApi();
        try (MockApiServer server = new MockApiServer(feed)) {
            addContactsAndCalls(feed, 3, 0);
            FeedModel model = new FeedModel(server, FeedApi.Paging.OFFSET, 5);
            model.useOAuth2();
            model.crm.setUser("someone-else");

            SyncSummary summary = Syncs.api(stores.open("h2"), model.model.model);

            assertEquals(1, summary.failures().size());
            assertTrue(summary.failures().get(0).contains("the token endpoint " + server.baseUrl()
                    + "/oauth/token refused the client someone-else (HTTP 401)"), summary.failures().get(0));
        }
    }

    @Test
    void aContactDeletedBetweenRunsIsMarkedDeletedFromTheDeletedRecordsList() throws Exception {
        FeedApi feed = new FeedApi();
        try (MockApiServer server = new MockApiServer(feed)) {
            addContactsAndCalls(feed, 6, 1);
            FeedModel model = new FeedModel(server, FeedApi.Paging.OFFSET, 5);
            model.readDeletedContacts();
            HistoryStore store = stores.open("h2");
            Syncs.api(store, model.model.model);
            feed.delete(4, "2026-03-02T08:00:00");

            SyncSummary summary = Syncs.api(store, model.model.model);
            SyncSummary again = Syncs.api(store, model.model.model);

            assertEquals(List.of(), summary.failures());
            assertEquals(1, summary.deleted());
            assertEquals(0, again.deleted(), "the deleted-records list is read from its own cursor");
            assertEquals(1, count(store, "SELECT COUNT(*) FROM source_customer WHERE deleted"));
            assertEquals(1, count(store, "SELECT COUNT(*) FROM source_customer WHERE deleted AND source_id"
                    + " = 'contacts:4'"));
        }
    }

    @Test
    void aContactDeletedBetweenRunsIsFoundByReconcilingKeys() throws Exception {
        FeedApi feed = new FeedApi();
        try (MockApiServer server = new MockApiServer(feed)) {
            addContactsAndCalls(feed, 6, 1);
            FeedModel model = new FeedModel(server, FeedApi.Paging.OFFSET, 5);
            HistoryStore store = stores.open("h2");
            Syncs.api(store, model.model.model);
            feed.lists.get("contacts").removeIf(contact -> contact.get("id").asLong() == 2);

            SyncSummary summary = Syncs.api(store, new SyncOptions(true, SyncListener.SILENT),
                    model.model.model);

            assertEquals(List.of(), summary.failures());
            assertEquals(1, summary.deleted());
            assertEquals(1, count(store, "SELECT COUNT(*) FROM source_customer WHERE deleted AND source_id"
                    + " = 'contacts:2'"));
        }
    }

    private static void addContactsAndCalls(FeedApi feed, int contacts, int callsEach) {
        for (int id = 1; id <= contacts; id++) {
            String modified = "2026-03-01T10:%02d:00".formatted(id % 60);
            feed.contact(id, "person" + id + "@example.com", "Person " + id, modified);
            for (int call = 1; call <= callsEach; call++) {
                feed.call(id * 100L + call, id, "Call " + call + " of " + id, modified);
            }
        }
    }

    static long count(HistoryStore store, String sql) {
        return store.jdbi().withHandle(handle -> handle.createQuery(sql).mapTo(Long.class).one());
    }
}
