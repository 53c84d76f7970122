package org.cxm.sync.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.cxm.connector.jdbc.internal.JdbcConnector;
import org.cxm.history.HistoryStore;
import org.cxm.history.TimelineEntry;
import org.cxm.model.DataSource;
import org.cxm.sync.SyncListener;
import org.cxm.sync.SyncOptions;
import org.cxm.sync.SyncSummary;
import org.cxm.sync.spi.Connector;
import org.cxm.tests.support.OpenStores;
import org.cxm.tests.support.SourceDatabase;
import org.cxm.tests.support.SyncFixture;
import org.cxm.tests.support.TestStores;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * The sync engine end to end, from a CRM-shaped source into each kind of store: full and incremental
 * runs, records that share a cursor value, soft and hard deletes, dead letters and an unreachable source.
 */
class SyncEngineTest {

    static final List<String> STORES = TestStores.kinds();

    @RegisterExtension
    final OpenStores stores = new OpenStores();

    @ParameterizedTest
    @FieldSource("STORES")
    void fullSyncBuildsTheTimelineWithModelElements(String kind) throws Exception {
        try (SourceDatabase crm = new SourceDatabase()) {
            crm.contact("c1", "Ana", "Silva", "Ana.Silva@Example.com ", "+49 151 2345678", "2026-11-01 09:00:00");
            crm.call("k1", "c1", "Card blocked", "2026-11-02 10:00:00", "Inbound", "2026-11-02 10:05:00");
            crm.call("k2", "c1", "Follow-up", "2026-11-03 15:00:00", "Outbound", "2026-11-03 15:10:00");
            SyncFixture fixture = new SyncFixture(crm);
            HistoryStore store = stores.open(kind);

            SyncSummary summary = fixture.sync(store);

            assertEquals(List.of(), summary.failures());
            assertEquals(3, summary.read());
            assertEquals(3, summary.inserted());
            long ana = store.customersByIdentifier("ana.silva@example.com").get(0).id();
            List<TimelineEntry> timeline = store.timeline(ana, 10);
            assertEquals(List.of("calls:k2", "calls:k1"), timeline.stream().map(TimelineEntry::sourceRecordId).toList());
            assertEquals(fixture.model.checkout.getId(), timeline.get(1).touchpointElementId(),
                    "the inbound call is classified to the modelled touchpoint");
            assertEquals(fixture.model.stage(2).getId(), timeline.get(1).stageElementId());
            assertEquals(null, timeline.get(0).touchpointElementId(), "no rule classifies outbound calls");
            assertEquals("+491512345678", store.customer(ana).phone());
        }
    }

    @ParameterizedTest
    @FieldSource("STORES")
    void incrementalSyncWritesOnlyWhatChanged(String kind) throws Exception {
        try (SourceDatabase crm = new SourceDatabase()) {
            crm.contact("c1", "Ana", "Silva", "ana@example.com", null, "2026-11-01 09:00:00");
            crm.call("k1", "c1", "Card blocked", "2026-11-02 10:00:00", "Inbound", "2026-11-02 10:05:00");
            SyncFixture fixture = new SyncFixture(crm);
            HistoryStore store = stores.open(kind);
            fixture.sync(store);

            crm.call("k1", "c1", "Card blocked, replaced", "2026-11-02 10:00:00", "Inbound", "2026-11-04 08:00:00");
            crm.call("k3", "c1", "Thanks", "2026-11-04 09:00:00", "Inbound", "2026-11-04 09:00:00");
            SyncSummary second = fixture.sync(store);
            SyncSummary third = fixture.sync(store);

            assertEquals(2, second.read(), "only the records changed since the cursor are read");
            assertEquals(1, second.inserted());
            assertEquals(1, second.updated());
            assertEquals(0, third.read());
        }
    }

    @ParameterizedTest
    @FieldSource("STORES")
    void recordsSharingTheLastCursorValueAreNeverSkipped(String kind) throws Exception {
        try (SourceDatabase crm = new SourceDatabase()) {
            crm.contact("c1", "Ana", "Silva", "ana@example.com", null, "2026-11-01 09:00:00");
            for (int i = 1; i <= 5; i++) {
                crm.call("k" + i, "c1", "Call " + i, "2026-11-02 10:00:00", "Inbound", "2026-11-02 10:05:00");
            }
            SyncFixture fixture = new SyncFixture(crm);
            fixture.calls.setBatchSize(2);
            HistoryStore store = stores.open(kind);
            fixture.sync(store);
            crm.call("k6", "c1", "Call 6", "2026-11-02 10:00:00", "Inbound", "2026-11-02 10:05:00");

            SyncSummary second = fixture.sync(store);

            long ana = store.customersByIdentifier("ana@example.com").get(0).id();
            assertEquals(6, store.timeline(ana, 100).size(), "all calls that share one date_modified are synced");
            assertEquals(1, second.inserted(), "the late row with the same cursor value is found by its key");
        }
    }

    @ParameterizedTest
    @FieldSource("STORES")
    void softAndHardDeletesPropagate(String kind) throws Exception {
        try (SourceDatabase crm = new SourceDatabase()) {
            crm.contact("c1", "Ana", "Silva", "ana@example.com", null, "2026-11-01 09:00:00");
            crm.call("k1", "c1", "One", "2026-11-02 10:00:00", "Inbound", "2026-11-02 10:05:00");
            crm.call("k2", "c1", "Two", "2026-11-03 10:00:00", "Inbound", "2026-11-03 10:05:00");
            crm.call("k3", "c1", "Three", "2026-11-04 10:00:00", "Inbound", "2026-11-04 10:05:00");
            SyncFixture fixture = new SyncFixture(crm);
            HistoryStore store = stores.open(kind);
            fixture.sync(store);

            crm.update("UPDATE calls SET deleted = 1, date_modified = TIMESTAMP '2026-11-05 00:00:00' WHERE id = 'k1'");
            crm.update("DELETE FROM calls WHERE id = 'k2'");
            SyncSummary summary = fixture.sync(store, new SyncOptions(true, SyncListener.SILENT));

            assertEquals(2, summary.deleted(), "one soft delete read incrementally, one hard delete reconciled");
            long ana = store.customersByIdentifier("ana@example.com").get(0).id();
            assertEquals(List.of("calls:k3"), store.timeline(ana, 10).stream().map(TimelineEntry::sourceRecordId).toList());
        }
    }

    @ParameterizedTest
    @FieldSource("STORES")
    void malformedRecordsGoToTheDeadLettersAndTheRestIsSynced(String kind) throws Exception {
        try (SourceDatabase crm = new SourceDatabase()) {
            crm.contact("c1", "Ana", "Silva", "ana@example.com", null, "2026-11-01 09:00:00");
            crm.contact("c2", "Bad", "Mail", "not-an-address", null, "2026-11-01 09:00:01");
            crm.call("k1", "c1", "Fine", "2026-11-02 10:00:00", "Inbound", "2026-11-02 10:05:00");
            crm.call("k2", "c1", "Bad date", "yesterday afternoon", "Inbound", "2026-11-02 10:06:00");
            crm.call("k3", "c1", "x".repeat(1500), "2026-11-02 10:00:00", "Inbound", "2026-11-02 10:07:00");
            crm.call("k4", "c1", "Broken \uFFFD text", "2026-11-02 10:00:00", "Inbound", "2026-11-02 10:08:00");
            SyncFixture fixture = new SyncFixture(crm);
            HistoryStore store = stores.open(kind);

            SyncSummary summary = fixture.sync(store);

            assertEquals(4, summary.deadLettered());
            assertEquals(2, summary.inserted(), "Ana and her one good call");
            List<Map<String, Object>> letters = store.jdbi().withHandle(h -> h.createQuery(
                    "SELECT source_record_id, reason, raw_record FROM dead_letter ORDER BY source_record_id")
                    .mapToMap().list());
            assertEquals(List.of("c2", "k2", "k3", "k4"), letters.stream().map(l -> l.get("source_record_id")).toList());
            assertTrue(letters.get(0).get("reason").toString().startsWith("invalid e-mail address \"not-an-address\""));
            assertTrue(letters.get(1).get("reason").toString().startsWith("bad date in column date_start"));
            assertTrue(letters.get(2).get("reason").toString().startsWith("oversized text in column name: 1500"));
            assertTrue(letters.get(3).get("reason").toString().startsWith("broken encoding in column name"));
            assertTrue(letters.get(1).get("raw_record").toString().contains("date_start=yesterday afternoon"),
                    "the raw record is kept");
        }
    }

    @ParameterizedTest
    @FieldSource("STORES")
    void anUnreachableSourceDoesNotStopTheOthers(String kind) throws Exception {
        try (SourceDatabase crm = new SourceDatabase()) {
            crm.contact("c1", "Ana", "Silva", "ana@example.com", null, "2026-11-01 09:00:00");
            SyncFixture fixture = new SyncFixture(crm);
            DataSource erp = org.cxm.model.CxmFactory.eINSTANCE.createDataSource();
            erp.setName("ERP");
            erp.setJdbcUrl("jdbc:postgresql://127.0.0.1:1/erp?connectTimeout=1");
            erp.setMaxAttempts(2);
            erp.setRetryDelaySeconds(0);
            fixture.model.model.getDataSources().add(0, erp);
            HistoryStore store = stores.open(kind);

            SyncSummary summary = fixture.sync(store);

            assertEquals(1, summary.failures().size());
            assertTrue(summary.failures().get(0).startsWith("Cannot connect to ERP"), summary.failures().get(0));
            assertTrue(summary.failures().get(0).endsWith("(gave up after 2 attempts)"), summary.failures().get(0));
            assertEquals(1, summary.inserted(), "the CRM is synced all the same");
        }
    }

    @ParameterizedTest
    @FieldSource("STORES")
    void rowsDeletedPhysicallyAreReconciledOnTheRecordSourcesSchedule(String kind) throws Exception {
        try (SourceDatabase crm = new SourceDatabase()) {
            crm.contact("c1", "Ana", "Silva", "ana@example.com", null, "2026-11-01 09:00:00");
            crm.call("k1", "c1", "One", "2026-11-02 10:00:00", "Inbound", "2026-11-02 10:05:00");
            crm.call("k2", "c1", "Two", "2026-11-03 10:00:00", "Inbound", "2026-11-03 10:05:00");
            SyncFixture fixture = new SyncFixture(crm);
            fixture.calls.setReconcileEveryHours(24);
            HistoryStore store = stores.open(kind);
            fixture.sync(store);
            crm.update("DELETE FROM calls WHERE id = 'k2'");

            SyncSummary beforeDue = fixture.sync(store);
            store.jdbi().useHandle(handle -> handle.execute("UPDATE sync_reconciliation SET reconciled_at ="
                    + " reconciled_at - INTERVAL '25' HOUR WHERE record_source = 'calls'"));
            SyncSummary due = fixture.sync(store);
            SyncSummary afterwards = fixture.sync(store);

            assertEquals(0, beforeDue.deleted(), "the schedule starts with the first load");
            assertEquals(1, due.deleted(), "a day later the run compares the keys");
            assertEquals(0, afterwards.deleted());
            long ana = store.customersByIdentifier("ana@example.com").get(0).id();
            assertEquals(List.of("calls:k1"), store.timeline(ana, 10).stream().map(TimelineEntry::sourceRecordId).toList());
        }
    }

    @ParameterizedTest
    @FieldSource("STORES")
    void aCallWhoseContactArrivesInALaterRunJoinsItsTimeline(String kind) throws Exception {
        try (SourceDatabase crm = new SourceDatabase()) {
            crm.contact("c1", "Ana", "Silva", "ana@example.com", null, "2026-11-01 09:00:00");
            crm.call("k1", "c2", "Before the contact was saved", "2026-11-02 10:00:00", "Inbound", "2026-11-02 10:05:00");
            SyncFixture fixture = new SyncFixture(crm);
            HistoryStore store = stores.open(kind);
            fixture.sync(store);
            crm.contact("c2", "Ben", "Okafor", "ben@example.com", null, "2026-11-03 09:00:00");

            fixture.sync(store);

            long ben = store.customersByIdentifier("ben@example.com").get(0).id();
            assertEquals(List.of("calls:k1"), store.timeline(ben, 10).stream().map(TimelineEntry::sourceRecordId).toList());
        }
    }

    @ParameterizedTest
    @FieldSource("STORES")
    void aLookBackReadsRowsCommittedLateWithAnEarlierCursorValue(String kind) throws Exception {
        try (SourceDatabase crm = new SourceDatabase()) {
            crm.contact("c1", "Ana", "Silva", "ana@example.com", null, "2026-11-01 09:00:00");
            crm.call("k1", "c1", "One", "2026-11-02 10:00:00", "Inbound", "2026-11-02 10:05:00");
            SyncFixture fixture = new SyncFixture(crm);
            HistoryStore store = stores.open(kind);
            fixture.sync(store);
            // A transaction in the CRM that began before the sync committed after it: its row is older than
            // the cursor.
            crm.call("k0", "c1", "Late", "2026-11-02 09:00:00", "Inbound", "2026-11-02 10:04:00");

            SyncSummary withoutLookBack = fixture.sync(store);
            fixture.calls.setLookBackSeconds(300);
            SyncSummary withLookBack = fixture.sync(store);

            assertEquals(0, withoutLookBack.inserted(), "the late row is behind the cursor");
            assertEquals(1, withLookBack.inserted(), "the look-back finds it");
            assertEquals(2, withLookBack.read(), "the look-back reads the last five minutes again");
            assertEquals(0, withLookBack.updated(), "rows read again that did not change are not written");
        }
    }

    @ParameterizedTest
    @FieldSource("STORES")
    void aResetCursorReadsEverythingAgainWithoutDuplicates(String kind) throws Exception {
        try (SourceDatabase crm = new SourceDatabase()) {
            crm.contact("c1", "Ana", "Silva", "ana@example.com", null, "2026-11-01 09:00:00");
            crm.call("k1", "c1", "One", "2026-11-02 10:00:00", "Inbound", "2026-11-02 10:05:00");
            crm.call("k2", "c1", "Two", "2026-11-03 10:00:00", "Inbound", "2026-11-03 10:05:00");
            SyncFixture fixture = new SyncFixture(crm);
            HistoryStore store = stores.open(kind);
            fixture.sync(store);
            store.jdbi().useHandle(handle -> handle.execute("DELETE FROM sync_cursor"));
            crm.call("k2", "c1", "Two, changed", "2026-11-03 10:00:00", "Inbound", "2026-11-04 08:00:00");
            crm.call("k3", "c1", "Three", "2026-11-04 09:00:00", "Inbound", "2026-11-04 09:00:00");

            SyncSummary again = fixture.sync(store);

            assertEquals(List.of(), again.failures());
            assertEquals(4, again.read());
            assertEquals(1, again.inserted());
            assertEquals(1, again.updated());
            long ana = store.customersByIdentifier("ana@example.com").get(0).id();
            assertEquals(List.of("calls:k3", "calls:k2", "calls:k1"),
                    store.timeline(ana, 10).stream().map(TimelineEntry::sourceRecordId).toList());
        }
    }

    @ParameterizedTest
    @FieldSource("STORES")
    void aRowChangedWhileARunReadsIsWrittenAgainByTheNextRun(String kind) throws Exception {
        try (SourceDatabase crm = fourCalls()) {
            SyncFixture fixture = new SyncFixture(crm);
            fixture.calls.setBatchSize(2);
            HistoryStore store = stores.open(kind);

            SyncSummary first = fixture.sync(store, new SyncOptions(false, editFirstCallAfter(crm, 3)));
            SyncSummary second = fixture.sync(store);

            assertEquals(List.of(), first.failures());
            assertEquals(5, first.read(), "the contact and the four calls as they were when the run began");
            assertEquals(1, second.read(), "the edited call, which moved behind the cursor");
            assertEquals(1, second.updated());
            assertCallsOfAna(store, "Call 1, edited");
        }
    }

    @ParameterizedTest
    @FieldSource("STORES")
    void aReadStartedAgainDuringTheFirstLoadWritesARowChangedMeanwhileOnce(String kind) throws Exception {
        try (SourceDatabase crm = fourCalls()) {
            SyncFixture fixture = new SyncFixture(crm);
            fixture.calls.setBatchSize(2);
            HistoryStore store = stores.open(kind);
            // The connection drops before the third batch of calls: the read starts again from the cursor and
            // finds the call edited meanwhile, which the same first load has already written once.
            Connector reconnecting = new ReconnectingConnector(new JdbcConnector(), "calls", 3);

            SyncSummary summary = fixture.sync(store, new SyncOptions(false, editFirstCallAfter(crm, 3)), reconnecting);

            assertEquals(List.of(), summary.failures());
            assertEquals(6, summary.read(), "the contact, four calls and the edited call again");
            assertEquals(5, summary.inserted());
            assertEquals(1, summary.updated());
            assertCallsOfAna(store, "Call 1, edited");
        }
    }

    @ParameterizedTest
    @FieldSource("STORES")
    void aRecordSourceIsQueriedOnceARunNotOnceABatch(String kind) throws Exception {
        try (SourceDatabase crm = new SourceDatabase()) {
            crm.contact("c1", "Ana", "Silva", "ana@example.com", null, "2026-11-01 09:00:00");
            for (int i = 1; i <= 9; i++) {
                crm.call("k" + i, "c1", "Call " + i, "2026-11-02 10:00:00", "Inbound", "2026-11-02 10:0" + i + ":00");
            }
            SyncFixture fixture = new SyncFixture(crm);
            fixture.calls.setBatchSize(2);
            HistoryStore store = stores.open(kind);
            crm.execute("SET QUERY_STATISTICS TRUE");

            SyncSummary summary = fixture.sync(store);

            assertEquals(10, summary.read());
            assertEquals(1, crm.executions("FROM calls src WHERE date_modified IS NOT NULL"),
                    "the five batches of calls come from one query, so a costly query is evaluated once a run");
        }
    }

    /** Ana Silva and four calls, one a day from 1 November. */
    private static SourceDatabase fourCalls() throws java.sql.SQLException {
        SourceDatabase crm = new SourceDatabase();
        crm.contact("c1", "Ana", "Silva", "ana@example.com", null, "2026-11-01 09:00:00");
        for (int i = 1; i <= 4; i++) {
            crm.call("k" + i, "c1", "Call " + i, "2026-11-0" + i + " 10:00:00", "Inbound", "2026-11-0" + i + " 10:05:00");
        }
        return crm;
    }

    /** Someone edits the first call once {@code records} records are committed: it moves behind the cursor. */
    private static SyncListener editFirstCallAfter(SourceDatabase crm, long records) {
        return new SyncListener() {
            @Override
            public void batchCommitted(String dataSource, String recordSource, int count, long readSoFar) {
                if (recordSource.equals("calls") && readSoFar == records) {
                    try {
                        crm.call("k1", "c1", "Call 1, edited", "2026-11-01 10:00:00", "Inbound", "2026-11-09 10:00:00");
                    } catch (java.sql.SQLException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        };
    }

    private static void assertCallsOfAna(HistoryStore store, String firstCallSubject) {
        long ana = store.customersByIdentifier("ana@example.com").get(0).id();
        List<TimelineEntry> timeline = store.timeline(ana, 10);
        assertEquals(4, timeline.size(), "each call once");
        assertEquals(firstCallSubject, timeline.get(3).subject());
    }
}
