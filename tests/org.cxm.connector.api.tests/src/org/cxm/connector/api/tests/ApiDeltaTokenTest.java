package org.cxm.connector.api.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.cxm.history.HistoryStore;
import org.cxm.model.ApiRequest;
import org.cxm.sync.SyncSummary;
import org.cxm.tests.support.OpenStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An API that answers with an opaque delta token instead of filtering on a modified time: the token of
 * the last page is kept as the cursor and sent on the next run, which reads only what changed since.
 */
class ApiDeltaTokenTest {

    @RegisterExtension
    final OpenStores stores = new OpenStores();

    private final ObjectMapper json = new ObjectMapper();

    /** Contacts with the version of the change that wrote them; a token is the version it was given at. */
    private final List<ObjectNode> contacts = new ArrayList<>();

    private int version;

    @Test
    void theNextRunAsksForTheChangesSinceTheTokenOfTheLastPage() throws Exception {
        for (int id = 1; id <= 12; id++) {
            write(id, "person" + id + "@example.com");
        }
        try (MockApiServer server = new MockApiServer(this::changes)) {
            FeedModel model = new FeedModel(server, FeedApi.Paging.OFFSET, 5);
            model.crm.getRecordSources().remove(model.calls);
            ApiRequest request = model.contacts.getRequest();
            request.setPath("/contacts/changes");
            request.getParameters().set(0, "delta=${deltaToken}");
            request.setDeltaTokenPath("delta");
            HistoryStore store = stores.open("h2");
            SyncSummary first = Syncs.api(store, model.model.model);
            write(3, "changed3@example.com");
            write(13, "person13@example.com");
            server.clearRequests();

            SyncSummary second = Syncs.api(store, model.model.model);

            assertEquals(List.of(), first.failures());
            assertEquals(12, first.inserted());
            assertEquals(List.of(), second.failures());
            assertEquals(2, second.read(), "only the two changes");
            assertEquals(1, second.inserted());
            assertEquals(1, second.updated());
            assertEquals("v12", server.requests().get(server.requests().size() - 1).query().get("delta"));
        }
    }

    private void write(long id, String email) {
        contacts.removeIf(contact -> contact.get("id").asLong() == id);
        contacts.add(json.createObjectNode().put("id", id).put("email", email).put("name", "Person " + id)
                .put("modified", "2026-03-01T10:00:00").put("version", ++version));
    }

    /** The changes after the token's version, paged by offset; the last page carries the next token. */
    private MockApiServer.Answer changes(MockApiServer.Request request) throws Exception {
        int since = Integer.parseInt(request.query().getOrDefault("delta", "v0").substring(1));
        List<ObjectNode> changed = contacts.stream().filter(c -> c.get("version").asInt() > since)
                .sorted((a, b) -> Integer.compare(a.get("version").asInt(), b.get("version").asInt())).toList();
        int offset = Integer.parseInt(request.query().get("offset"));
        int limit = Integer.parseInt(request.query().get("limit"));
        ObjectNode answer = json.createObjectNode();
        ArrayNode items = answer.putArray("items");
        changed.subList(Math.min(offset, changed.size()), Math.min(offset + limit, changed.size())).forEach(items::add);
        if (offset + limit >= changed.size()) {
            answer.put("delta", "v" + version);
        }
        return MockApiServer.Answer.json(json.writeValueAsString(answer));
    }
}
