package org.cxm.analytics;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.cxm.history.HistoryStore;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/**
 * The event log of the customer history: every live interaction of an identified customer, read in one
 * streamed query ordered by unified customer and time, and handed to listeners one customer at a time, so
 * that only one customer's records are in memory whatever the size of the store. Merged-away customers
 * are followed to the customer they were merged into.
 */
public final class EventLog {

    /** Rows fetched at a time; PostgreSQL streams through a cursor only with a fetch size in a transaction. */
    private static final int FETCH_SIZE = 10_000;

    private static final String SELECT = "SELECT COALESCE(c.merged_into, i.customer_id) AS case_id, i.occurred_at,"
            + " i.id, i.source_system, i.record_source, i.kind, i.direction, i.status, i.survey_score, i.amount,"
            + " i.channel_element_id, i.touchpoint_element_id, i.stage_element_id"
            + " FROM interaction i JOIN customer c ON c.id = i.customer_id WHERE i.deleted = FALSE";

    private final HistoryStore store;

    public EventLog(HistoryStore store) {
        this.store = store;
    }

    /**
     * Reads the records of {@code window} and gives each customer's events to every listener; returns the
     * number of events read.
     */
    public long scan(LogWindow window, List<? extends CaseListener> listeners) {
        return store.jdbi().inTransaction(handle -> scan(handle, window, listeners));
    }

    /** The events of customer {@code customerId} and of the customers merged into it, in time order. */
    public List<LogEvent> customer(long customerId) {
        List<LogEvent> events = new ArrayList<>();
        store.jdbi().useHandle(handle -> handle.createQuery(SELECT + " AND (c.id = :customer OR c.merged_into ="
                + " :customer) ORDER BY i.occurred_at, i.id").bind("customer", customerId)
                .scanResultSet((results, context) -> {
                    try {
                        ResultSet rows = results.get();
                        while (rows.next()) {
                            events.add(event(rows));
                        }
                        return events;
                    } catch (SQLException e) {
                        throw new IllegalStateException("Cannot read customer " + customerId + "'s events: "
                                + e.getMessage(), e);
                    }
                }));
        return events;
    }

    private static long scan(Handle handle, LogWindow window, List<? extends CaseListener> listeners) {
        StringBuilder sql = new StringBuilder(SELECT);
        if (window.from() != null) {
            sql.append(" AND i.occurred_at >= :from");
        }
        if (window.to() != null) {
            sql.append(" AND i.occurred_at < :to");
        }
        sql.append(" ORDER BY case_id, i.occurred_at, i.id");
        Query query = handle.createQuery(sql.toString()).setFetchSize(FETCH_SIZE);
        if (window.from() != null) {
            query.bind("from", OffsetDateTime.ofInstant(window.from(), ZoneOffset.UTC));
        }
        if (window.to() != null) {
            query.bind("to", OffsetDateTime.ofInstant(window.to(), ZoneOffset.UTC));
        }
        return query.scanResultSet((results, context) -> {
            try {
                return group(results.get(), listeners);
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot read the event log: " + e.getMessage(), e);
            }
        });
    }

    private static long group(ResultSet rows, List<? extends CaseListener> listeners) throws SQLException {
        long read = 0;
        long current = Long.MIN_VALUE;
        List<LogEvent> events = new ArrayList<>();
        while (rows.next()) {
            LogEvent event = event(rows);
            if (event.caseId() != current && !events.isEmpty()) {
                deliver(current, events, listeners);
                events = new ArrayList<>();
            }
            current = event.caseId();
            events.add(event);
            read++;
        }
        if (!events.isEmpty()) {
            deliver(current, events, listeners);
        }
        return read;
    }

    private static void deliver(long caseId, List<LogEvent> events, List<? extends CaseListener> listeners) {
        List<LogEvent> view = List.copyOf(events);
        for (CaseListener listener : listeners) {
            listener.accept(caseId, view);
        }
    }

    private static LogEvent event(ResultSet rows) throws SQLException {
        OffsetDateTime at = rows.getObject(2, OffsetDateTime.class);
        double score = rows.getDouble(9);
        Double surveyScore = rows.wasNull() ? null : score;
        double amount = rows.getDouble(10);
        Double value = rows.wasNull() ? null : amount;
        return new LogEvent(rows.getLong(3), rows.getLong(1), at.toInstant().toEpochMilli(), rows.getString(4),
                rows.getString(5), rows.getString(6), rows.getString(7), rows.getString(8), surveyScore, value,
                rows.getString(11), rows.getString(12), rows.getString(13));
    }
}
