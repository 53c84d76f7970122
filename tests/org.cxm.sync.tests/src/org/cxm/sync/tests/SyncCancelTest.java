package org.cxm.sync.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.cxm.history.HistoryStore;
import org.cxm.sync.SyncListener;
import org.cxm.sync.SyncOptions;
import org.cxm.sync.SyncSummary;
import org.cxm.tests.support.OpenStores;
import org.cxm.tests.support.SourceDatabase;
import org.cxm.tests.support.SyncFixture;
import org.cxm.tests.support.TestStores;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * A user cancels a sync (the workbench's Cancel button): the run stops after the batch it is writing, keeps
 * that batch with its cursor, is journaled as cancelled, and the next run syncs the rest exactly once.
 */
class SyncCancelTest {

    static final List<String> STORES = TestStores.kinds();

    @RegisterExtension
    final OpenStores stores = new OpenStores();

    @ParameterizedTest
    @FieldSource("STORES")
    void aCancelledRunKeepsItsCommittedBatchesAndTheNextRunCompletesIt(String kind) throws Exception {
        try (SourceDatabase crm = new SourceDatabase()) {
            crm.contact("c1", "Ana", "Silva", "ana@example.com", null, "2026-11-01 09:00:00");
            for (int i = 1; i <= 10; i++) {
                crm.call("k" + i, "c1", "Call " + i, "2026-11-02 10:00:00", "Inbound",
                        String.format("2026-11-02 10:%02d:00", i));
            }
            SyncFixture fixture = new SyncFixture(crm);
            fixture.calls.setBatchSize(3);
            HistoryStore store = stores.open(kind);

            SyncSummary cancelled = fixture.sync(store, new SyncOptions(false, new CancelAfterFirstBatchOf("calls")));

            assertTrue(cancelled.cancelled());
            assertFalse(cancelled.succeeded(), "a cancelled run did not sync everything");
            assertEquals(4, cancelled.read(), "the contact and the first batch of calls, then it stopped");
            assertEquals(3, interactions(store), "the committed batch is kept");
            Map<String, Object> run = store.jdbi().withHandle(h -> h.createQuery("SELECT status, message,"
                    + " finished_at FROM sync_run WHERE id = :id").bind("id", cancelled.runId()).mapToMap().one());
            assertEquals("CANCELLED", run.get("status"));
            assertTrue(String.valueOf(run.get("message")).startsWith("cancelled by the user after 4 records"),
                    "the run says why it stopped: " + run.get("message"));
            assertTrue(run.get("finished_at") != null, "the cancelled run is closed, not left RUNNING");

            SyncSummary next = fixture.sync(store);

            assertTrue(next.succeeded(), "the next run completes: " + next.failures());
            assertEquals(7, next.read(), "it goes on after the committed cursor");
            assertEquals(7, next.inserted());
            assertEquals(10, interactions(store));
            assertEquals(10L, store.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(DISTINCT source_record_id)"
                    + " FROM interaction").mapTo(Long.class).one()), "no call is stored twice");
        }
    }

    private static long interactions(HistoryStore store) {
        return store.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM interaction").mapTo(Long.class)
                .one());
    }

    /** Asks to stop once the first batch of {@code recordSource} is committed, as a user pressing Cancel. */
    private static final class CancelAfterFirstBatchOf implements SyncListener {

        private final String recordSource;
        private volatile boolean stop;

        CancelAfterFirstBatchOf(String recordSource) {
            this.recordSource = recordSource;
        }

        @Override
        public void batchCommitted(String dataSource, String source, int records, long readSoFar) {
            stop |= recordSource.equals(source);
        }

        @Override
        public boolean cancelled() {
            return stop;
        }
    }
}
