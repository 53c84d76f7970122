package org.cxm.connector.api.internal;

import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cxm.model.DataSource;
import org.cxm.model.RecordSource;
import org.cxm.model.query.ApiPlaceholders;
import org.cxm.sync.spi.Cursor;
import org.cxm.sync.spi.SourceException;
import org.cxm.sync.spi.SourceRecord;
import org.cxm.sync.spi.SourceSession;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** An authenticated HTTP client of one API data source for the length of a sync run. */
final class ApiSourceSession implements SourceSession {

    private final DataSource dataSource;

    private final ApiClient client;

    private final ObjectMapper json;

    private final HttpClient http;

    /** The read the last batch came from, left open for the next batch; null before the first. */
    private ApiRead open;

    /** The read of a deletion feed the last batch of deletions came from. */
    private ApiRead openDeletions;

    ApiSourceSession(DataSource dataSource, ApiClient client, ObjectMapper json, HttpClient http) {
        this.dataSource = dataSource;
        this.client = client;
        this.json = json;
        this.http = http;
    }

    /**
     * Requests the first page of {@code source} (which checks the authentication and the endpoint) and
     * checks that its records have every field path the mapping names.
     */
    @Override
    public void verify(RecordSource source) throws SourceException {
        open = null;
        PageRequests requests = requests(source);
        PageScan scan = new PageScan(client, requests, source.getRequest(), json,
                Map.of(ApiPlaceholders.SINCE, CursorValues.since(null, source.getRequest().getSinceFormat())));
        String where = dataSource.getName() + " / " + source.getName() + ": " + requests.describe();
        PageScan.Page page;
        try {
            page = scan.next();
        } catch (SourceException e) {
            // Named after the record source, which the client's message does not know.
            String message = e.getMessage().startsWith(dataSource.getName() + ": ")
                    ? e.getMessage().substring(dataSource.getName().length() + 2) : e.getMessage();
            throw new SourceException(dataSource.getName() + " / " + source.getName() + ": " + message,
                    e.isTransient(), e);
        }
        if (page.problem() != null) {
            throw new SourceException(where + ": " + page.problem(), false, null);
        }
        if (page.records().isEmpty()) {
            return;
        }
        Set<String> missing = new LinkedHashSet<>(RecordReader.pathsNamed(source));
        for (JsonNode record : page.records()) {
            missing.removeIf(path -> JsonPaths.find(record, path) != null);
        }
        if (!missing.isEmpty()) {
            List<String> fields = new ArrayList<>();
            page.records().get(0).fieldNames().forEachRemaining(fields::add);
            throw new SourceException(where + ": no field " + String.join(", ", missing) + " in its records; the"
                    + " first has " + String.join(", ", fields), false, null);
        }
    }

    @Override
    public List<SourceRecord> read(RecordSource source, Cursor after, int limit) throws SourceException {
        if (open == null || !open.continues(source, after)) {
            open = ApiRead.start(client, requests(source), json, source, after);
        }
        try {
            return open.next(limit);
        } catch (SourceException e) {
            open = null;
            throw e;
        }
    }

    @Override
    public boolean hasDeletionFeed(RecordSource source) {
        return source.getRequest() != null && source.getRequest().getDeletedRecords() != null;
    }

    @Override
    public List<SourceRecord> readDeleted(RecordSource source, Cursor after, int limit) throws SourceException {
        if (openDeletions == null || !openDeletions.continues(source, after)) {
            openDeletions = ApiRead.deletions(client, new PageRequests(dataSource.getApi().getBaseUrl(),
                    source.getRequest().getDeletedRecords()), json, source, after);
        }
        try {
            return openDeletions.next(limit);
        } catch (SourceException e) {
            openDeletions = null;
            throw e;
        }
    }

    /** Reads every page of {@code source} from the start, keeping only the keys. */
    @Override
    public Set<String> keys(RecordSource source) throws SourceException {
        open = null;
        RecordReader reader = new RecordReader(source);
        PageScan scan = new PageScan(client, requests(source), source.getRequest(), json,
                Map.of(ApiPlaceholders.SINCE, CursorValues.since(null, source.getRequest().getSinceFormat()),
                        ApiPlaceholders.DELTA_TOKEN, ""));
        Set<String> keys = new HashSet<>();
        for (PageScan.Page page = scan.next(); page != null; page = scan.next()) {
            if (page.problem() != null) {
                throw new SourceException(dataSource.getName() + " / " + source.getName() + ": " + page.problem()
                        + "; deletions are not reconciled while a page cannot be read", true, null);
            }
            for (JsonNode record : page.records()) {
                String key = reader.key(record);
                if (key != null) {
                    keys.add(key);
                }
            }
        }
        return keys;
    }

    @Override
    public void close() {
        open = null;
        http.close();
    }

    private PageRequests requests(RecordSource source) throws SourceException {
        if (source.getRequest() == null) {
            throw new SourceException(dataSource.getName() + " / " + source.getName() + ": a record source of an API"
                    + " data source needs a request", false, null);
        }
        return new PageRequests(dataSource.getApi().getBaseUrl(), source.getRequest());
    }
}
