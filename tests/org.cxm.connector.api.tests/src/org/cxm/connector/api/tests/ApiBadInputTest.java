package org.cxm.connector.api.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.cxm.history.HistoryStore;
import org.cxm.sync.SyncSummary;
import org.cxm.tests.support.OpenStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Bad input from an API is never lost: an answer that is not JSON and a record without its key go to the
 * dead letters with the raw JSON and a reason that says what and
 * where; the rest of the data is synced.
 */
class ApiBadInputTest {

    @RegisterExtension
    final OpenStores stores = new OpenStores();

    private static final String BROKEN_PAGE = "{\"total\": 30, \"items\": [{\"id\": 11, \"email\": \"cut@exa";

    @Test
    void anAnswerThatIsNotJsonIsDeadLetteredWithItsBodyAndTheOtherPagesAreSynced() throws Exception {
        FeedApi feed = new FeedApi();
        try (MockApiServer server = new MockApiServer(feed)) {
            for (int id = 1; id <= 30; id++) {
                feed.contact(id, "person" + id + "@example.com", "Person " + id, "2026-03-01T10:%02d:00".formatted(id));
            }
            FeedModel model = new FeedModel(server, FeedApi.Paging.OFFSET, 10);
            server.failNext(r -> r.path().equals("/contacts") && "10".equals(r.query().get("offset")),
                    MockApiServer.Answer.json(BROKEN_PAGE));
            HistoryStore store = stores.open("h2");

            SyncSummary summary = Syncs.api(store, model.model.model);

            assertEquals(List.of(), summary.failures());
            assertEquals(20, summary.inserted(), "the pages before and after the broken one");
            assertEquals(1, summary.deadLettered());
            List<String> letter = deadLetter(store);
            assertTrue(letter.get(0).startsWith("malformed JSON in the answer to GET /contacts (page 2): Unexpected"
                    + " end-of-input"), letter.get(0));
            assertTrue(letter.get(0).endsWith("the records of this page are only here"), letter.get(0));
            assertEquals(BROKEN_PAGE, letter.get(1), "the answer as it came");
        }
    }

    @Test
    void aRecordWithoutKeyIsDeadLetteredWithItsJson() throws Exception {
        FeedApi feed = new FeedApi();
        try (MockApiServer server = new MockApiServer(feed)) {
            feed.contact(1, "ana@example.com", "Ana", "2026-03-01T10:00:00");
            feed.contact(2, "no-key@example.com", "Nobody", "2026-03-01T10:01:00").putNull("id");
            feed.contact(3, "rui@example.com", "Rui", "2026-03-01T10:02:00");
            FeedModel model = new FeedModel(server, FeedApi.Paging.OFFSET, 10);
            HistoryStore store = stores.open("h2");

            SyncSummary summary = Syncs.api(store, model.model.model);

            assertEquals(List.of(), summary.failures());
            assertEquals(2, summary.inserted());
            assertEquals(1, summary.deadLettered());
            List<String> letter = deadLetter(store);
            assertEquals("null key: key column(s) [id] must have values", letter.get(0));
            assertEquals("{\"id\":null,\"email\":\"no-key@example.com\",\"name\":\"Nobody\",\"modified\":"
                    + "\"2026-03-01T10:01:00\"}", letter.get(1));
        }
    }

    private static List<String> deadLetter(HistoryStore store) {
        return store.jdbi().withHandle(handle -> handle.createQuery("SELECT reason, raw_record FROM dead_letter")
                .map((rows, context) -> List.of(rows.getString(1), rows.getString(2))).one());
    }
}
