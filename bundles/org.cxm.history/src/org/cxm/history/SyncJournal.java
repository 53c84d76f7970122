package org.cxm.history;

import java.time.OffsetDateTime;
import java.util.Optional;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The store's journal of sync runs, which the sync writes and {@link IntegrationViews} reads: the runs with
 * their counts ({@code sync_run}), where each record source's incremental read stopped ({@code sync_cursor}),
 * when each was last compared with its source ({@code sync_reconciliation}), and the records that could not
 * be stored ({@code dead_letter}). The writes that belong to a batch take the batch's {@link Handle}, so
 * that they commit or roll back with its records.
 */
public final class SyncJournal {

    /** The longest run message and dead-letter reason the journal keeps; longer ones are cut. */
    private static final int MESSAGE_LENGTH = 4000;

    private static final int REASON_LENGTH = 2000;

    /**
     * How a run ended.
     *
     * @param status {@code OK}, {@code PARTIAL} or {@code CANCELLED}
     * @param message what failed, one line per source, or {@code null}
     * @param warnings what the run read but doubts, one line each, or {@code null}
     */
    public record Outcome(String status, long read, long inserted, long updated, long deleted, long merged,
            long deadLettered, String message, long invalidPhones, String warnings) {
    }

    /** A cursor as the journal keeps it: its value and the key of the last record read at that value. */
    public record StoredCursor(String value, String key) {
    }

    private final Jdbi jdbi;

    public SyncJournal(HistoryStore store) {
        this.jdbi = store.jdbi();
    }

    /** Starts a run and returns its id; runs left RUNNING by a killed process are marked ABORTED first. */
    public long startRun() {
        return jdbi.inTransaction(handle -> {
            handle.createUpdate("UPDATE sync_run SET status = 'ABORTED', finished_at = :now WHERE status = 'RUNNING'")
                    .bind("now", OffsetDateTime.now()).execute();
            return handle.createUpdate("INSERT INTO sync_run (started_at, status, records_read, inserted, updated,"
                    + " deleted, merged, dead_lettered) VALUES (:now, 'RUNNING', 0, 0, 0, 0, 0, 0)")
                    .bind("now", OffsetDateTime.now()).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        });
    }

    public void finishRun(long runId, Outcome outcome) {
        jdbi.useHandle(handle -> handle.createUpdate("UPDATE sync_run SET finished_at = :now, status = :status,"
                + " records_read = :read, inserted = :inserted, updated = :updated, deleted = :deleted,"
                + " merged = :merged, dead_lettered = :dead, message = :message, invalid_phones = :phones,"
                + " warnings = :warnings WHERE id = :id")
                .bind("now", OffsetDateTime.now()).bind("status", outcome.status())
                .bind("read", outcome.read()).bind("inserted", outcome.inserted()).bind("updated", outcome.updated())
                .bind("deleted", outcome.deleted()).bind("merged", outcome.merged())
                .bind("dead", outcome.deadLettered()).bind("message", cut(outcome.message(), MESSAGE_LENGTH))
                .bind("phones", outcome.invalidPhones()).bind("warnings", outcome.warnings())
                .bind("id", runId).execute());
    }

    /** Where the last committed batch of {@code recordSource} stopped; empty before its first. */
    public Optional<StoredCursor> cursor(String system, String recordSource) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT cursor_value, cursor_key FROM sync_cursor"
                + " WHERE source_system = :system AND record_source = :source").bind("system", system)
                .bind("source", recordSource).map((rs, ctx) -> new StoredCursor(rs.getString(1), rs.getString(2)))
                .findOne());
    }

    /** Saves the cursor in the caller's transaction, the one that wrote the records it covers. */
    public static void saveCursor(Handle handle, String system, String recordSource, StoredCursor cursor) {
        int updated = handle.createUpdate("UPDATE sync_cursor SET cursor_value = :value, cursor_key = :key,"
                + " updated_at = :now WHERE source_system = :system AND record_source = :source")
                .bind("value", cursor.value()).bind("key", cursor.key()).bind("now", OffsetDateTime.now())
                .bind("system", system).bind("source", recordSource).execute();
        if (updated == 0) {
            handle.createUpdate("INSERT INTO sync_cursor (source_system, record_source, cursor_value, cursor_key,"
                    + " updated_at) VALUES (:system, :source, :value, :key, :now)").bind("system", system)
                    .bind("source", recordSource).bind("value", cursor.value()).bind("key", cursor.key())
                    .bind("now", OffsetDateTime.now()).execute();
        }
    }

    /** When {@code recordSource} last compared its keys with the source, or {@code null} if never. */
    public OffsetDateTime lastReconciled(String system, String recordSource) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT reconciled_at FROM sync_reconciliation"
                + " WHERE source_system = :system AND record_source = :source").bind("system", system)
                .bind("source", recordSource).mapTo(OffsetDateTime.class).findOne().orElse(null));
    }

    public void reconciled(String system, String recordSource, OffsetDateTime at) {
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

    /**
     * Keeps a record that could not be stored, in the caller's transaction: why, and the record itself as
     * the source had it ({@code rawRecord}), so that nothing of it is lost.
     */
    public static void deadLetter(Handle handle, long runId, String system, String recordSource, String recordId,
            String reason, String rawRecord) {
        handle.createUpdate("INSERT INTO dead_letter (run_id, source_system, record_source, source_record_id, reason,"
                + " raw_record, created_at) VALUES (:run, :system, :source, :record, :reason, :raw, :now)")
                .bind("run", runId).bind("system", system).bind("source", recordSource).bind("record", recordId)
                .bind("reason", cut(reason, REASON_LENGTH)).bind("raw", rawRecord)
                .bind("now", OffsetDateTime.now()).execute();
    }

    private static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }
}
