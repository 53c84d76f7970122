package org.cxm.sync.internal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.cxm.history.HistoryStore;
import org.cxm.history.SyncJournal;
import org.cxm.sync.SyncSummary;
import org.cxm.sync.spi.Cursor;
import org.cxm.sync.spi.SourceRecord;
import org.jdbi.v3.core.Handle;

/**
 * The sync's side of the store's {@link SyncJournal}: a run's summary as the journal keeps it, cursors as
 * the connectors read them, and rejected records with everything they held.
 */
final class RunJournal {

    private final SyncJournal journal;

    RunJournal(HistoryStore store) {
        this.journal = new SyncJournal(store);
    }

    /** Starts a run; runs left RUNNING by a killed process are marked ABORTED first. */
    long start() {
        return journal.startRun();
    }

    void finish(SyncSummary summary) {
        List<String> lines = new ArrayList<>(summary.failures());
        if (summary.cancelled()) {
            lines.add(0, "cancelled by the user after " + summary.read() + " records; the next run goes on from there");
        }
        journal.finishRun(summary.runId(), new SyncJournal.Outcome(status(summary), summary.read(),
                summary.inserted(), summary.updated(), summary.deleted(), summary.merged(), summary.deadLettered(),
                lines.isEmpty() ? null : String.join("\n", lines), summary.invalidPhones(),
                summary.warnings().isEmpty() ? null : String.join("\n", summary.warnings())));
    }

    private static String status(SyncSummary summary) {
        if (summary.cancelled()) {
            return "CANCELLED";
        }
        return summary.succeeded() ? "OK" : "PARTIAL";
    }

    Cursor cursor(String system, String recordSource) {
        return journal.cursor(system, recordSource).map(stored -> Cursor.decode(stored.value(), stored.key()))
                .orElse(Cursor.START);
    }

    /** Saves the cursor in the caller's transaction, the one that wrote the records it covers. */
    static void saveCursor(Handle handle, String system, String recordSource, Cursor cursor) {
        SyncJournal.saveCursor(handle, system, recordSource,
                new SyncJournal.StoredCursor(cursor.encodedValue(), cursor.encodedKey()));
    }

    /** When {@code recordSource} last compared its keys with the source, or {@code null} if never. */
    OffsetDateTime lastReconciled(String system, String recordSource) {
        return journal.lastReconciled(system, recordSource);
    }

    void reconciled(String system, String recordSource, OffsetDateTime at) {
        journal.reconciled(system, recordSource, at);
    }

    static void deadLetter(Handle handle, long runId, String system, String recordSource, String recordId,
            String reason, SourceRecord record) {
        SyncJournal.deadLetter(handle, runId, system, recordSource, recordId, reason,
                record.raw() != null ? record.raw() : raw(record.columns()));
    }

    /** The record as the source had it, column by column, so nothing of it is lost. */
    private static String raw(Map<String, Object> columns) {
        StringBuilder raw = new StringBuilder();
        new TreeMap<>(columns).forEach((column, value) -> raw.append(column).append('=')
                .append(value == null ? "NULL" : value.toString().replace("\\", "\\\\").replace("\n", "\\n")
                        .replace("\u0000", "\\0"))
                .append('\n'));
        return raw.length() > 1_000_000 ? raw.substring(0, 1_000_000) : raw.toString();
    }
}
