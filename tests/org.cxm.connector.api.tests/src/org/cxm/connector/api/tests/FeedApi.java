package org.cxm.connector.api.tests;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A small CRM's REST API for the connector's behaviour tests: {@code GET /contacts} and {@code GET /calls}
 * with {@code since} (modified at or after, ISO), ordered by modified and id, paged the way the test
 * chooses; {@code GET /contacts/deleted} lists deleted contacts. Requests need a bearer token: the fixed
 * {@link #TOKEN}, or one from {@code POST /oauth/token} (client credentials) that expires after a set
 * number of requests.
 */
final class FeedApi implements MockApiServer.Api {

    static final String TOKEN = "feed-token";

    static final String CLIENT_ID = "cxm";

    static final String CLIENT_SECRET = "client-secret";

    /** How the pages of a list follow each other. */
    enum Paging {
        OFFSET, CURSOR_TOKEN, NEXT_LINK, LINK_HEADER
    }

    private final ObjectMapper json = new ObjectMapper();

    final Map<String, List<ObjectNode>> lists = new ConcurrentHashMap<>();

    volatile Paging paging = Paging.OFFSET;

    /** Whether the page after the first repeats the first page's token (a broken server). */
    volatile boolean repeatToken;

    /** Requests an OAuth2 token is good for; 0 for the fixed token only. */
    volatile int requestsPerToken;

    private final Map<String, AtomicInteger> tokenUses = new ConcurrentHashMap<>();

    final AtomicInteger tokensIssued = new AtomicInteger();

    FeedApi() {
        lists.put("contacts", new ArrayList<>());
        lists.put("calls", new ArrayList<>());
        lists.put("contacts/deleted", new ArrayList<>());
    }

    ObjectNode contact(long id, String email, String name, String modified) {
        ObjectNode contact = json.createObjectNode().put("id", id).put("email", email).put("name", name)
                .put("modified", modified);
        lists.get("contacts").add(contact);
        return contact;
    }

    ObjectNode call(long id, long contact, String subject, String modified) {
        ObjectNode call = json.createObjectNode().put("id", id).put("subject", subject).put("started", modified)
                .put("modified", modified);
        call.putObject("contact").put("id", contact);
        lists.get("calls").add(call);
        return call;
    }

    void delete(long contact, String when) {
        lists.get("contacts").removeIf(node -> node.get("id").asLong() == contact);
        lists.get("contacts/deleted").add(json.createObjectNode().put("contact_id", contact).put("deleted_at", when));
    }

    @Override
    public MockApiServer.Answer answer(MockApiServer.Request request) throws Exception {
        if (request.path().equals("/oauth/token")) {
            return token(request);
        }
        String authorization = String.valueOf(request.header("Authorization"));
        if (!authorization.equals("Bearer " + TOKEN) && !validToken(authorization)) {
            return MockApiServer.Answer.status(401, "{\"error\": \"invalid or expired token\"}");
        }
        List<ObjectNode> list = lists.get(request.path().substring(1));
        if (list == null) {
            return MockApiServer.Answer.status(404, "{\"error\": \"not found\"}");
        }
        String since = request.query().getOrDefault("since", "");
        String order = list == lists.get("contacts/deleted") ? "deleted_at" : "modified";
        List<ObjectNode> matching = list.stream().filter(node -> node.get(order).asText().compareTo(since) >= 0)
                .sorted(Comparator.comparing((ObjectNode node) -> node.get(order).asText())
                        .thenComparing(node -> node.path("id").asLong()))
                .toList();
        int limit = Integer.parseInt(request.query().getOrDefault("limit", "10"));
        int offset = switch (paging) {
            case OFFSET -> Integer.parseInt(request.query().getOrDefault("offset", "0"));
            case CURSOR_TOKEN -> Integer.parseInt(request.query().getOrDefault("cursor", "p0").substring(1));
            case NEXT_LINK, LINK_HEADER -> Integer.parseInt(request.query().getOrDefault("from", "0"));
        };
        ObjectNode answer = json.createObjectNode().put("total", matching.size());
        ArrayNode items = answer.putArray("items");
        matching.subList(Math.min(offset, matching.size()), Math.min(offset + limit, matching.size()))
                .forEach(items::add);
        int next = offset + limit;
        boolean more = next < matching.size();
        String nextToken = repeatToken && offset > 0 ? "p" + offset : "p" + next;
        String nextLink = request.path() + "?since=" + since + "&limit=" + limit + "&from=" + next;
        if (paging == Paging.CURSOR_TOKEN && more) {
            answer.put("next_cursor", nextToken);
        }
        if (paging == Paging.NEXT_LINK) {
            answer.put("next", more ? nextLink : null);
        }
        Map<String, String> headers = paging == Paging.LINK_HEADER && more
                ? Map.of("Content-Type", "application/json", "Link", "<" + nextLink + ">; rel=\"next\"")
                : Map.of("Content-Type", "application/json");
        return new MockApiServer.Answer(200, headers, json.writeValueAsString(answer));
    }

    private MockApiServer.Answer token(MockApiServer.Request request) {
        if (!request.body().contains("client_id=" + CLIENT_ID) || !request.body().contains("client_secret="
                + CLIENT_SECRET) || !request.body().contains("grant_type=client_credentials")) {
            return MockApiServer.Answer.status(401, "{\"error\": \"invalid_client\"}");
        }
        String token = "oauth-" + tokensIssued.incrementAndGet();
        tokenUses.put(token, new AtomicInteger());
        return MockApiServer.Answer.json("{\"access_token\": \"" + token + "\", \"token_type\": \"Bearer\","
                + " \"expires_in\": 3600}");
    }

    /** A token of {@code /oauth/token}, used fewer than {@link #requestsPerToken} times (this use counts). */
    private boolean validToken(String authorization) {
        AtomicInteger uses = tokenUses.get(authorization.replaceFirst("^Bearer ", ""));
        return uses != null && uses.incrementAndGet() <= requestsPerToken;
    }
}
