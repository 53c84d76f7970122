package org.cxm.sync.internal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.cxm.sync.SyncSummary;
import org.cxm.sync.spi.Cursor;
import org.cxm.sync.spi.SourceRecord;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The bookkeeping of sync runs in the store: runs with their counts, cursors, dead letters, and when each
 * record source was last reconciled.
 */
final class RunJournal {

    private final Jdbi jdbi;

    RunJournal(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Starts a run; runs left RUNNING by a killed process are marked ABORTED first. */
    long start() {
        return jdbi.inTransaction(handle -> {
            handle.createUpdate("UPDATE sync_run SET status = 'ABORTED', finished_at = :now WHERE status = 'RUNNING'")
                    .bind("now", OffsetDateTime.now()).execute();
            return handle.createUpdate("INSERT INTO sync_run (started_at, status, records_read, inserted, updated,"
                    + " deleted, merged, dead_lettered) VALUES (:now, 'RUNNING', 0, 0, 0, 0, 0, 0)")
                    .bind("now", OffsetDateTime.now()).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        });
    }

    void finish(SyncSummary summary) {
        List<String> lines = new ArrayList<>(summary.failures());
        if (summary.cancelled()) {
            lines.add(0, "cancelled by the user after " + summary.read() + " records; the next run goes on from there");
        }
        String message = lines.isEmpty() ? null : String.join("\n", lines);
        jdbi.useHandle(handle -> handle.createUpdate("UPDATE sync_run SET finished_at = :now, status = :status,"
                + " records_read = :read, inserted = :inserted, updated = :updated, deleted = :deleted,"
                + " merged = :merged, dead_lettered = :dead, message = :message, invalid_phones = :phones,"
                + " warnings = :warnings WHERE id = :id")
                .bind("now", OffsetDateTime.now()).bind("status", status(summary))
                .bind("read", summary.read()).bind("inserted", summary.inserted()).bind("updated", summary.updated())
                .bind("deleted", summary.deleted()).bind("merged", summary.merged())
                .bind("dead", summary.deadLettered())
                .bind("message", message == null ? null : message.substring(0, Math.min(4000, message.length())))
                .bind("phones", summary.invalidPhones())
                .bind("warnings", summary.warnings().isEmpty() ? null : String.join("\n", summary.warnings()))
                .bind("id", summary.runId()).execute());
    }

    private static String status(SyncSummary summary) {
        if (summary.cancelled()) {
            return "CANCELLED";
        }
        return summary.succeeded() ? "OK" : "PARTIAL";
    }

    Cursor cursor(String system, String recordSource) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT cursor_value, cursor_key FROM sync_cursor"
                + " WHERE source_system = :system AND record_source = :source").bind("system", system)
                .bind("source", recordSource)
                .map((rs, ctx) -> Cursor.decode(rs.getString(1), rs.getString(2))).findOne().orElse(Cursor.START));
    }

    /** Saves the cursor in the caller's transaction, the one that wrote the records it covers. */
    static void saveCursor(Handle handle, String system, String recordSource, Cursor cursor) {
        int updated = handle.createUpdate("UPDATE sync_cursor SET cursor_value = :value, cursor_key = :key,"
                + " updated_at = :now WHERE source_system = :system AND record_source = :source")
                .bind("value", cursor.encodedValue()).bind("key", cursor.encodedKey()).bind("now", OffsetDateTime.now())
                .bind("system", system).bind("source", recordSource).execute();
        if (updated == 0) {
            handle.createUpdate("INSERT INTO sync_cursor (source_system, record_source, cursor_value, cursor_key,"
                    + " updated_at) VALUES (:system, :source, :value, :key, :now)").bind("system", system)
                    .bind("source", recordSource).bind("value", cursor.encodedValue()).bind("key", cursor.encodedKey())
                    .bind("now", OffsetDateTime.now()).execute();
        }
    }

    /** When {@code recordSource} last compared its keys with the source, or {@code null} if never. */
    OffsetDateTime lastReconciled(String system, String recordSource) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT reconciled_at FROM sync_reconciliation"
                + " WHERE source_system = :system AND record_source = :source").bind("system", system)
                .bind("source", recordSource).mapTo(OffsetDateTime.class).findOne().orElse(null));
    }

    void reconciled(String system, String recordSource, OffsetDateTime at) {
        jdbi.useHandle(handle -> {
            int updated = handle.createUpdate("UPDATE sync_reconciliation SET reconciled_at = :at"
                    + " WHERE source_system = :system AND record_source = :source").bind("at", at)
                    .bind("system", system).bind("source", recordSource).execute();
            if (updated == 0) {
                handle.createUpdate("INSERT INTO sync_reconciliation (source_system, record_source, reconciled_at)"
                        + " VALUES (:system, :source, :at)").bind("system", system).bind("source", recordSource)
                        .bind("at", at).execute();
            }
        });
    }

    static void deadLetter(Handle handle, long runId, String system, String recordSource, String recordId,
            String reason, SourceRecord record) {
        handle.createUpdate("INSERT INTO dead_letter (run_id, source_system, record_source, source_record_id, reason,"
                + " raw_record, created_at) VALUES (:run, :system, :source, :record, :reason, :raw, :now)")
                .bind("run", runId).bind("system", system).bind("source", recordSource).bind("record", recordId)
                .bind("reason", reason.length() > 2000 ? reason.substring(0, 2000) : reason)
                .bind("raw", record.raw() != null ? record.raw() : raw(record.columns())).bind("now", OffsetDateTime.now()).execute();
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
