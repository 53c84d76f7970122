package org.cxm.connector.api.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.cxm.history.HistoryStore;

/**
 * The customer history of a store as a user sees it, independent of how it was read: every unified
 * customer with its golden record and the source records it unifies, and every interaction with what the
 * timeline shows and whose it is. Two stores with equal snapshots show the same customers and the same
 * interactions.
 */
final class UnifiedHistory {

    /** The source customers of the customer a row's customer id belongs to, as one text. */
    private static final String MEMBERS = "(SELECT STRING_AGG(s.source_system || '/' || s.source_id"
            + " || CASE WHEN s.deleted THEN ' (deleted)' ELSE '' END, ', ' ORDER BY s.source_system, s.source_id)"
            + " FROM source_customer s JOIN customer sc ON sc.id = s.customer_id"
            + " WHERE COALESCE(sc.merged_into, sc.id) = COALESCE(%1$s.merged_into, %1$s.id))";

    private UnifiedHistory() {
    }

    /** Each active customer: golden record and its source customers. */
    static List<String> customers(HistoryStore store) {
        return store.jdbi().withHandle(handle -> handle.createQuery("SELECT c.display_name, c.company, c.email,"
                + " c.phone, c.tax_id, " + MEMBERS.formatted("c") + " FROM customer c WHERE c.merged_into IS NULL"
                + " AND EXISTS (SELECT 1 FROM source_customer s WHERE s.customer_id = c.id)")
                .map((rows, context) -> String.join(" | ", rows.getString(1), rows.getString(2), rows.getString(3),
                        rows.getString(4), rows.getString(5), rows.getString(6)))
                .list()).stream().sorted().toList();
    }

    /**
     * Each interaction: its record, what the timeline shows of it (times to the second, as the timeline shows
     * them and as Odoo's API gives them; its database keeps microseconds) and whose it is. Invoice summaries are left
     * out when {@code withInvoiceSummaries} is false (the JDBC preset computes them in SQL, which an API
     * request cannot).
     */
    static List<String> interactions(HistoryStore store, boolean withInvoiceSummaries) {
        return store.jdbi().withHandle(handle -> handle.createQuery("SELECT i.source_system, i.source_record_id,"
                + " i.kind, i.occurred_at, i.subject, CASE WHEN i.kind = 'invoice' AND NOT :summaries THEN NULL"
                + " ELSE i.summary END, i.status, i.amount, i.currency, i.payment_status, i.due_at, i.deleted,"
                + " i.channel_element_id, i.touchpoint_element_id, i.stage_element_id, "
                + MEMBERS.formatted("ic") + " FROM interaction i LEFT JOIN customer ic ON ic.id = i.customer_id")
                .bind("summaries", withInvoiceSummaries)
                .map((rows, context) -> {
                    StringBuilder row = new StringBuilder();
                    for (int column = 1; column <= 16; column++) {
                        Object value = column == 4 || column == 11 ? rows.getObject(column, OffsetDateTime.class)
                                : rows.getObject(column);
                        row.append(column == 1 ? "" : " | ").append(value instanceof OffsetDateTime time
                                ? time.toInstant().truncatedTo(ChronoUnit.SECONDS) : value instanceof BigDecimal amount
                                        ? amount.stripTrailingZeros().toPlainString() : value);
                    }
                    return row.toString();
                }).list()).stream().sorted().toList();
    }

    /** Asserts that {@code expected} and {@code actual} list the same rows; the message shows the differences. */
    static void assertSame(List<String> expected, List<String> actual, String what) {
        List<String> missing = expected.stream().filter(row -> !actual.contains(row)).limit(5).toList();
        List<String> extra = actual.stream().filter(row -> !expected.contains(row)).limit(5).toList();
        assertTrue(missing.isEmpty() && extra.isEmpty()
                && expected.size() == actual.size(), () -> what + " differ (" + expected.size() + " expected, "
                        + actual.size() + " found): missing " + missing + ", unexpected " + extra);
    }

    /** How many interactions and live customers the store has, for a message. */
    static String size(HistoryStore store) {
        return customers(store).size() + " customers, " + interactions(store, true).size() + " interactions";
    }
}
