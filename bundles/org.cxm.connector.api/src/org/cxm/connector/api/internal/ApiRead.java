package org.cxm.connector.api.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cxm.model.ApiRequest;
import org.cxm.model.RecordSource;
import org.cxm.model.query.ApiPlaceholders;
import org.cxm.sync.spi.Cursor;
import org.cxm.sync.spi.SourceException;
import org.cxm.sync.spi.SourceRecord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One read of a record source after a cursor, its pages left open between batches like a JDBC result. The
 * request asks for the records modified at or after the cursor's time (${since}), ordered by that time and
 * then by key; the cursor of each record is its time and key, so the next batch of the run continues the
 * open read exactly after it. A new read (the next run, or one after a crash) gives the records of the
 * cursor's own time again (see {@link CursorValues#isAtOrAfter}), so records sharing a modified time are
 * never skipped at a batch, page or run boundary, and the store keeps each once.
 *
 * <p>With a delta token instead, the cursor is the token the read started from and how many records of it
 * were committed; the last record of the last page carries the next token, so the next run asks for what
 * changed since.
 */
final class ApiRead {

    private final RecordSource source;

    private final RecordReader reader;

    private final PageScan scan;

    private final Cursor start;

    private final boolean delta;

    private final Deque<JsonNode> pending = new ArrayDeque<>();

    /** The token the delta read started from, and how many of its records have been given. */
    private final String startToken;

    private long position;

    private String nextDeltaToken;

    private Cursor last;

    private ApiRead(RecordSource source, RecordReader reader, PageScan scan, Cursor start, boolean delta) {
        this.source = source;
        this.reader = reader;
        this.scan = scan;
        this.start = start;
        this.delta = delta;
        this.startToken = delta && !start.isStart() ? String.valueOf(start.value()) : "";
        this.last = start;
    }

    static ApiRead start(ApiClient client, PageRequests requests, ObjectMapper json, RecordSource source,
            Cursor after) {
        return start(client, requests, json, source, source.getRequest(), new RecordReader(source), after);
    }

    /** A read of the deleted-records feed of {@code source}. */
    static ApiRead deletions(ApiClient client, PageRequests requests, ObjectMapper json, RecordSource source,
            Cursor after) {
        ApiRequest feed = source.getRequest().getDeletedRecords();
        return start(client, requests, json, source, feed, RecordReader.deletions(feed), after);
    }

    private static ApiRead start(ApiClient client, PageRequests requests, ObjectMapper json, RecordSource source,
            ApiRequest request, RecordReader reader, Cursor after) {
        boolean delta = request.getDeltaTokenPath() != null;
        Map<String, String> fixed = new HashMap<>();
        if (delta) {
            fixed.put(ApiPlaceholders.DELTA_TOKEN, after.isStart() ? "" : String.valueOf(after.value()));
        } else {
            fixed.put(ApiPlaceholders.SINCE, CursorValues.since(after.value(), request.getSinceFormat()));
        }
        return new ApiRead(source, reader, new PageScan(client, requests, request, json, fixed), after, delta);
    }

    /** Whether the next batch of this read is the batch of {@code source} after {@code after}. */
    boolean continues(RecordSource source, Cursor after) {
        return this.source == source && after.equals(last);
    }

    /** Up to {@code limit} next records; fewer only after the last page. */
    List<SourceRecord> next(int limit) throws SourceException {
        List<SourceRecord> records = new ArrayList<>(Math.min(limit, 10_000));
        while (records.size() < limit) {
            if (pending.isEmpty()) {
                PageScan.Page page = scan.next();
                if (page == null) {
                    break;
                }
                if (page.problem() != null) {
                    // Not a record, but what the dead letters keep of a page nobody can read; at the cursor so far.
                    records.add(new SourceRecord(null, last, Map.of(), page.malformedBody(), page.problem()));
                    continue;
                }
                pending.addAll(page.records());
                nextDeltaToken = page.deltaToken();
                continue;
            }
            SourceRecord record = next(pending.poll());
            if (record != null) {
                records.add(record);
                last = record.cursor();
            }
        }
        return records;
    }

    /** The next record, or {@code null} when it was committed before. */
    private SourceRecord next(JsonNode node) {
        if (!delta) {
            SourceRecord record = reader.read(node, null);
            if (record.key() == null || record.cursor().value() == null) {
                // Not a position in change order: it stays where the read is, for the dead letters or as it is.
                return new SourceRecord(record.key(), last, record.columns(), record.raw(), record.problem());
            }
            return CursorValues.isAtOrAfter(record.cursor(), start) ? record : null;
        }
        position++;
        long committed = start.isStart() || start.keyValues().isEmpty() ? 0 : ((Number) start.keyValues().get(0))
                .longValue();
        if (position <= committed) {
            return null;
        }
        Cursor cursor = pending.isEmpty() && nextDeltaToken != null ? new Cursor(nextDeltaToken, List.of())
                : new Cursor(startToken, List.of(position));
        return reader.read(node, cursor);
    }
}
