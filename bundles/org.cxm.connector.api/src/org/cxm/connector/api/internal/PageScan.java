package org.cxm.connector.api.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cxm.model.ApiPaginator;
import org.cxm.model.ApiRequest;
import org.cxm.model.PageStop;
import org.cxm.model.PaginationKind;
import org.cxm.model.query.ApiPlaceholders;
import org.cxm.sync.spi.SourceException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads the pages of one request, one after the other, as its paginator says, until its stop condition
 * says the last page has been read. A page token or next link the API gives twice is an error rather than
 * an endless read, and so is reading more pages than the paginator's guard allows. An answer that is not
 * JSON becomes a malformed page, for the dead letters; the read goes on after it where the paginator can
 * tell the next page without the answer (offset, page number) and stops otherwise.
 */
final class PageScan {

    /** One page: its records, or the raw body and why it could not be read. */
    record Page(List<JsonNode> records, String malformedBody, String problem, String deltaToken) {
    }

    private static final Pattern NEXT_LINK = Pattern.compile("<([^>]*)>\\s*;[^,]*rel=\"?next\"?");

    /** The longest raw answer kept in a dead letter (the store keeps a million characters). */
    private static final int MAX_RAW = 900_000;

    private final ApiClient client;

    private final PageRequests requests;

    private final ApiRequest request;

    private final ApiPaginator paginator;

    private final ObjectMapper json;

    private final Map<String, String> values = new HashMap<>();

    private final Set<String> seenTokens = new HashSet<>();

    private String nextLink;

    private int pages;

    private boolean finished;

    /**
     * @param fixed the placeholders that stay the same on every page: ${since}, ${deltaToken}
     */
    PageScan(ApiClient client, PageRequests requests, ApiRequest request, ObjectMapper json,
            Map<String, String> fixed) {
        this.client = client;
        this.requests = requests;
        this.request = request;
        this.paginator = request.getPaginator();
        this.json = json;
        values.putAll(fixed);
        int pageSize = paginator == null ? 100 : Math.max(1, paginator.getPageSize());
        values.put(ApiPlaceholders.LIMIT, Integer.toString(pageSize));
        values.put(ApiPlaceholders.OFFSET, "0");
        values.put(ApiPlaceholders.PAGE, Integer.toString(paginator == null ? 1 : paginator.getFirstPage()));
        values.put(ApiPlaceholders.PAGE_TOKEN, "");
    }

    /** The next page, or {@code null} once the last page has been read. */
    Page next() throws SourceException {
        if (finished) {
            return null;
        }
        pages++;
        if (paginator != null && pages > paginator.getMaxPages()) {
            throw new SourceException(where() + ": read more than " + paginator.getMaxPages() + " pages without"
                    + " reaching the last; check the paginator's stop condition, or raise maxPages", false, null);
        }
        String description = nextLink != null ? "GET " + nextLink : where() + " (page " + pages + ")";
        ApiClient.Answer answer = client.send(nextLink != null ? requests.link(nextLink) : requests.page(values),
                description);
        JsonNode root;
        try {
            root = json.readTree(answer.body());
        } catch (JsonProcessingException e) {
            return malformed(answer, description, e);
        } catch (IOException e) {
            throw new SourceException(description + ": cannot read the answer: " + e, true, e);
        }
        if (root == null || root.isMissingNode()) {
            return malformed(answer, description, null);
        }
        List<JsonNode> records = records(root, description);
        advance(root, answer, records.size(), description);
        JsonNode delta = request.getDeltaTokenPath() == null ? null : JsonPaths.find(root, request.getDeltaTokenPath());
        String deltaToken = delta == null || delta.isNull() ? null : delta.asText();
        return new Page(records, null, null, deltaToken);
    }

    private List<JsonNode> records(JsonNode root, String description) throws SourceException {
        String path = request.getRecordsPath();
        JsonNode array = path == null || path.isEmpty() ? root : JsonPaths.find(root, path);
        if (array == null || !array.isArray()) {
            throw new SourceException(description + ": the answer has no array of records at \""
                    + (path == null ? "" : path) + "\"" + (root.isObject() ? "; it has the fields "
                            + fieldNames(root) : "") + ". Check the record source's records path.", false, null);
        }
        List<JsonNode> records = new ArrayList<>(array.size());
        array.forEach(records::add);
        return records;
    }

    /** Moves to the next page, or finishes when the stop condition says this was the last. */
    private void advance(JsonNode root, ApiClient.Answer answer, int count, String description)
            throws SourceException {
        if (paginator == null) {
            finished = true;
            return;
        }
        int pageSize = Integer.parseInt(values.get(ApiPlaceholders.LIMIT));
        PageStop stop = paginator.getStopWhen();
        PaginationKind kind = paginator.getKind();
        if (kind == PaginationKind.OFFSET || kind == PaginationKind.PAGE_NUMBER) {
            long readSoFar = Long.parseLong(values.get(ApiPlaceholders.OFFSET)) + count;
            finished = switch (stop) {
                case EMPTY_PAGE -> count == 0;
                case SHORT_PAGE -> count < pageSize;
                case TOTAL_REACHED -> count == 0 || readSoFar >= total(root, description);
                case NO_NEXT -> true;
            };
            values.put(ApiPlaceholders.OFFSET, Long.toString(Long.parseLong(values.get(ApiPlaceholders.OFFSET))
                    + pageSize));
            values.put(ApiPlaceholders.PAGE, Integer.toString(Integer.parseInt(values.get(ApiPlaceholders.PAGE)) + 1));
            return;
        }
        String next = switch (kind) {
            case CURSOR_TOKEN, NEXT_LINK -> text(JsonPaths.find(root, paginator.getNextPath()));
            case LINK_HEADER -> linkHeader(answer);
            default -> null;
        };
        if (next == null || next.isEmpty()) {
            finished = true;
            return;
        }
        if (!seenTokens.add(next)) {
            throw new SourceException(description + ": the API gave the " + (kind == PaginationKind.CURSOR_TOKEN
                    ? "page token \"" : "next link \"") + next + "\" a second time; stopping instead of reading the"
                    + " same pages forever (what was read before is kept)", false, null);
        }
        if (kind == PaginationKind.CURSOR_TOKEN) {
            values.put(ApiPlaceholders.PAGE_TOKEN, next);
        } else {
            nextLink = next;
        }
    }

    private Page malformed(ApiClient.Answer answer, String description, JsonProcessingException e) {
        String body = new String(answer.body(), StandardCharsets.UTF_8);
        boolean canGoOn = paginator != null && (paginator.getKind() == PaginationKind.OFFSET
                || paginator.getKind() == PaginationKind.PAGE_NUMBER);
        String problem = "malformed JSON in the answer to " + description + (e == null ? ": it is empty"
                : ": " + e.getOriginalMessage() + " at line " + e.getLocation().getLineNr() + ", column "
                        + e.getLocation().getColumnNr())
                + (canGoOn ? "; the records of this page are only here" : "; the pages after it were not read");
        if (canGoOn) {
            int pageSize = Integer.parseInt(values.get(ApiPlaceholders.LIMIT));
            values.put(ApiPlaceholders.OFFSET, Long.toString(Long.parseLong(values.get(ApiPlaceholders.OFFSET))
                    + pageSize));
            values.put(ApiPlaceholders.PAGE, Integer.toString(Integer.parseInt(values.get(ApiPlaceholders.PAGE)) + 1));
        } else {
            finished = true;
        }
        return new Page(List.of(), body.length() > MAX_RAW ? body.substring(0, MAX_RAW) : body, problem, null);
    }

    private long total(JsonNode root, String description) throws SourceException {
        JsonNode total = JsonPaths.find(root, paginator.getTotalPath());
        if (total == null || !total.canConvertToLong()) {
            throw new SourceException(description + ": the answer has no total number at \""
                    + paginator.getTotalPath() + "\"", false, null);
        }
        return total.asLong();
    }

    private static String linkHeader(ApiClient.Answer answer) {
        for (String link : answer.headers().allValues("Link")) {
            Matcher matcher = NEXT_LINK.matcher(link);
            if (matcher.find()) {
                return matcher.group(1);
            }
        }
        return null;
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private String where() {
        return requests.describe();
    }
}
