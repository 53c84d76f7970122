package org.cxm.history.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.cxm.history.BulkRows;
import org.cxm.history.HistoryStore;
import org.cxm.history.InList;
import org.cxm.tests.support.OpenStores;
import org.cxm.tests.support.TestStores;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * The bulk writes and batch look-ups of a first load: what COPY (PostgreSQL) or a batch insert (H2) writes
 * reads back exactly as given, text with tabs, line breaks and backslashes included; a duplicate fails the
 * write with the unique-key SQL state the sync relies on; a look-up of many keys finds each of them.
 */
class BulkRowsTest {

    static final List<String> STORES = TestStores.kinds();

    @RegisterExtension
    final OpenStores stores = new OpenStores();

    private static final OffsetDateTime WHEN = OffsetDateTime.of(2026, 11, 16, 9, 30, 15, 123_456_000,
            ZoneOffset.ofHours(2));

    private static BulkRows interactions() {
        return BulkRows.into("interaction", "source_system", "source_record_id", "record_source", "occurred_at",
                "kind", "subject", "summary", "amount", "survey_score", "deleted", "content_hash", "synced_at");
    }

    @ParameterizedTest
    @FieldSource("STORES")
    void rowsReadBackAsWritten(String kind) throws Exception {
        try (HistoryStore store = HistoryStore.open(TestStores.of(kind))) {
            BulkRows rows = interactions();
            rows.add("crm", "calls:1", "calls", WHEN, "call", "tab\there, new\nline\r\nand back\\slash \\N", null,
                    new BigDecimal("1234.5600"), 4.5, true, "h1", WHEN);
            rows.add("crm", "calls:2", "calls", WHEN, "call", "Zoë Núñez-García ✓", "", null, null, false, "h2", WHEN);
            store.jdbi().useTransaction(rows::write);

            List<Map<String, Object>> read = store.jdbi().withHandle(handle -> handle.createQuery("SELECT subject,"
                    + " summary, amount, survey_score, deleted, occurred_at FROM interaction ORDER BY source_record_id")
                    .mapToMap().list());
            assertEquals(2, read.size());
            assertEquals("tab\there, new\nline\r\nand back\\slash \\N", read.get(0).get("subject"), "special characters");
            assertNull(read.get(0).get("summary"), "null stays null");
            assertEquals(0, new BigDecimal("1234.56").compareTo((BigDecimal) read.get(0).get("amount")));
            assertEquals(4.5, ((Number) read.get(0).get("survey_score")).doubleValue());
            assertEquals(true, read.get(0).get("deleted"));
            assertEquals(WHEN.toInstant(), store.jdbi().withHandle(handle -> handle.createQuery("SELECT occurred_at"
                    + " FROM interaction WHERE source_record_id = 'calls:1'").mapTo(OffsetDateTime.class).one())
                    .toInstant(), "the instant, with its fraction of a second");
            assertEquals("Zoë Núñez-García ✓", read.get(1).get("subject"));
            assertEquals("", read.get(1).get("summary"), "empty text is not null");
            assertEquals(0, rows.size(), "written rows are forgotten");
        }
    }

    @ParameterizedTest
    @FieldSource("STORES")
    void aDuplicateFailsTheWriteWithTheUniqueKeyState(String kind) throws Exception {
        try (HistoryStore store = HistoryStore.open(TestStores.of(kind))) {
            BulkRows rows = interactions();
            rows.add("crm", "calls:1", "calls", WHEN, "call", "first", null, null, null, false, "h1", WHEN);
            rows.add("crm", "calls:1", "calls", WHEN, "call", "again", null, null, null, false, "h1", WHEN);
            SQLException e = assertThrows(SQLException.class, () -> store.jdbi().useTransaction(rows::write));
            assertEquals("23505", uniqueState(e), e.getMessage());
            assertEquals(0, store.jdbi().withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM interaction")
                    .mapTo(Integer.class).one()), "nothing of the failed write is kept");
        }
    }

    @ParameterizedTest
    @FieldSource("STORES")
    void aLookUpOfManyKeysFindsEachOfThem(String kind) throws Exception {
        try (HistoryStore store = HistoryStore.open(TestStores.of(kind))) {
            BulkRows rows = interactions();
            for (int i = 0; i < 1_500; i++) {
                rows.add("crm", "calls:" + i, "calls", WHEN, "call", "s" + i, null, null, null, false, "h", WHEN);
            }
            store.jdbi().useTransaction(rows::write);
            for (int size : new int[] { 1, 3, 1_000 }) {
                List<String> keys = new ArrayList<>();
                for (int i = 0; i < size; i++) {
                    keys.add("calls:" + (i * 7 % 1_500));
                }
                keys.add("calls:none");
                List<String> found = store.jdbi().withHandle(handle -> {
                    InList ids = InList.of(handle, "ids", String.class, keys);
                    return ids.bind(handle.createQuery("SELECT source_record_id FROM interaction WHERE "
                            + ids.matches("source_record_id") + " ORDER BY source_record_id")).mapTo(String.class)
                            .list();
                });
                assertEquals(keys.stream().filter(key -> !key.equals("calls:none")).distinct().sorted().toList(), found,
                        size + " keys");
            }
        }
    }

    /** 23505 when {@code e}, an exception it chains or one it causes says a unique key was violated. */
    private static String uniqueState(SQLException e) {
        for (SQLException next = e; next != null; next = next.getNextException()) {
            for (Throwable cause = next; cause != null; cause = cause.getCause()) {
                if (cause instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                    return "23505";
                }
            }
        }
        return e.getSQLState();
    }
}
