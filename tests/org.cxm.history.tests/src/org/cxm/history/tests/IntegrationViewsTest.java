package org.cxm.history.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.cxm.history.DeadLetter;
import org.cxm.history.HistoryStore;
import org.cxm.history.IntegrationViews;
import org.cxm.history.MergeRecord;
import org.cxm.history.SyncRun;
import org.cxm.tests.support.HistoryFixture;
import org.cxm.tests.support.OpenStores;
import org.cxm.tests.support.TestStores;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** What the Integration views show: sync runs with their counts, dead letters and the merge journal. */
class IntegrationViewsTest {

    static final List<String> STORES = TestStores.kinds();

    @RegisterExtension
    final OpenStores stores = new OpenStores();

    private static final OffsetDateTime MONDAY = OffsetDateTime.of(2026, 11, 16, 9, 0, 0, 0, ZoneOffset.UTC);

    @ParameterizedTest
    @FieldSource("STORES")
    void syncRunsNewestFirstWithTheirCounts(String kind) throws Exception {
        HistoryStore store = stores.open(kind);
        HistoryFixture fixture = new HistoryFixture(store);
        fixture.syncRun(MONDAY, Duration.ofMinutes(3), "OK", 120, 100, 2);
        fixture.syncRun(MONDAY.plusDays(1), Duration.ofSeconds(5), "PARTIAL", 7, 1, 0);

        List<SyncRun> runs = new IntegrationViews(store).syncRuns(10);

        assertEquals(List.of("PARTIAL", "OK"), runs.stream().map(SyncRun::status).toList());
        SyncRun first = runs.get(1);
        assertEquals(List.of(120L, 100L, 2L), List.of(first.read(), first.inserted(), first.deadLettered()));
        assertEquals(Duration.ofMinutes(3), Duration.between(first.startedAt(), first.finishedAt()));
        assertEquals(1, new IntegrationViews(store).syncRuns(1).size(), "the limit is kept");
    }

    @ParameterizedTest
    @FieldSource("STORES")
    void deadLettersWithReasonAndRawRecordOnDemand(String kind) throws Exception {
        HistoryStore store = stores.open(kind);
        HistoryFixture fixture = new HistoryFixture(store);
        long run = fixture.syncRun(MONDAY, Duration.ofMinutes(1), "OK", 2, 1, 1);
        fixture.deadLetter(run, "crm", "calls", "calls:k9", "bad date in date_start: 2026-13-01",
                "date_start=2026-13-01\nid=k9\n");
        IntegrationViews views = new IntegrationViews(store);

        List<DeadLetter> letters = views.deadLetters(10);

        assertEquals(1, letters.size());
        DeadLetter letter = letters.get(0);
        assertEquals(List.of("crm", "calls", "calls:k9", "bad date in date_start: 2026-13-01"),
                List.of(letter.sourceSystem(), letter.recordSource(), letter.sourceRecordId(), letter.reason()));
        assertEquals(run, letter.runId());
        assertEquals("date_start=2026-13-01\nid=k9\n", views.rawRecord(letter.id()));
        assertNull(views.rawRecord(letter.id() + 1000), "no such dead letter");
    }

    @ParameterizedTest
    @FieldSource("STORES")
    void mergeJournalNewestFirstWithRuleValueAndCustomers(String kind) throws Exception {
        HistoryStore store = stores.open(kind);
        HistoryFixture fixture = new HistoryFixture(store);
        long ana = fixture.customer("Ana Lima", "ana@example.com", null);
        long anaInErp = fixture.customer("A. Lima", "ana@example.com", null);
        long journal = fixture.merge(ana, anaInErp, "same e-mail", "EMAIL", "ana@example.com");

        List<MergeRecord> merges = new IntegrationViews(store).merges(10);

        assertEquals(1, merges.size());
        MergeRecord merge = merges.get(0);
        assertEquals(journal, merge.id());
        assertEquals(List.of("same e-mail", "EMAIL", "ana@example.com"),
                List.of(merge.rule(), merge.identifierKind(), merge.identifierValue()));
        assertEquals(List.of(ana, anaInErp), List.of(merge.survivorId(), merge.mergedId()));
        assertNull(merge.undoneAt(), "not unmerged");
    }
}
