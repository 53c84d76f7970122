package org.cxm.history;

import java.time.OffsetDateTime;
import java.util.List;

import org.jdbi.v3.core.mapper.RowMapper;

/**
 * The read-only queries behind the Integration views: sync runs, dead letters and the merge journal, newest
 * first, so an integrator sees how the last syncs went without SQL. Portable between H2 and PostgreSQL.
 */
public final class IntegrationViews {

    private static final RowMapper<SyncRun> RUN = (rs, ctx) -> new SyncRun(rs.getLong("id"),
            rs.getObject("started_at", OffsetDateTime.class), rs.getObject("finished_at", OffsetDateTime.class),
            rs.getString("status"), rs.getLong("records_read"), rs.getLong("inserted"), rs.getLong("updated"),
            rs.getLong("deleted"), rs.getLong("merged"), rs.getLong("dead_lettered"), rs.getString("message"));

    private static final RowMapper<DeadLetter> DEAD_LETTER = (rs, ctx) -> new DeadLetter(rs.getLong("id"),
            rs.getLong("run_id"), rs.getString("source_system"), rs.getString("record_source"),
            rs.getString("source_record_id"), rs.getString("reason"),
            rs.getObject("created_at", OffsetDateTime.class));

    private final HistoryStore store;

    public IntegrationViews(HistoryStore store) {
        this.store = store;
    }

    /** The newest {@code limit} sync runs, the running one included, newest first. */
    public List<SyncRun> syncRuns(int limit) {
        return store.jdbi().withHandle(handle -> handle.createQuery("SELECT id, started_at, finished_at, status,"
                + " records_read, inserted, updated, deleted, merged, dead_lettered, message FROM sync_run"
                + " ORDER BY started_at DESC, id DESC FETCH FIRST :limit ROWS ONLY").bind("limit", limit)
                .map(RUN).list());
    }

    /** The newest {@code limit} dead letters of all runs, newest first, without their raw records. */
    public List<DeadLetter> deadLetters(int limit) {
        return store.jdbi().withHandle(handle -> handle.createQuery("SELECT id, COALESCE(run_id, 0) AS run_id,"
                + " source_system, record_source, source_record_id, reason, created_at FROM dead_letter"
                + " ORDER BY created_at DESC, id DESC FETCH FIRST :limit ROWS ONLY").bind("limit", limit)
                .map(DEAD_LETTER).list());
    }

    /** The record dead letter {@code id} holds, column by column as the source had it; {@code null} if gone. */
    public String rawRecord(long id) {
        return store.jdbi().withHandle(handle -> handle.createQuery("SELECT raw_record FROM dead_letter"
                + " WHERE id = :id").bind("id", id).mapTo(String.class).findOne().orElse(null));
    }

    /** The newest {@code limit} merges of the journal, undone ones included, newest first. */
    public List<MergeRecord> merges(int limit) {
        return store.jdbi().withHandle(handle -> handle.createQuery("SELECT " + HistoryStore.MERGE_COLUMNS
                + " FROM merge_journal ORDER BY merged_at DESC, id DESC FETCH FIRST :limit ROWS ONLY")
                .bind("limit", limit).map(HistoryStore.MERGE).list());
    }
}
