package org.cxm.sync.internal;

import java.util.ArrayList;
import java.util.List;

import org.cxm.history.HistoryStore;
import org.cxm.history.InteractionRows;
import org.cxm.history.SourceCustomerRows;
import org.cxm.model.DataSource;
import org.cxm.model.RecordKind;
import org.cxm.model.RecordSource;
import org.cxm.sync.SyncListener;
import org.cxm.sync.spi.Cursor;
import org.cxm.sync.spi.SourceException;
import org.cxm.sync.spi.SourceRecord;
import org.cxm.sync.spi.SourceSession;

/**
 * Reads a record source's feed of deleted records (such as Frappe's Deleted Document) after its own
 * cursor, kept beside the record source's as "{@code <record source> (deleted)}", and marks the records it
 * names deleted; each batch commits together with that cursor, like the records themselves.
 */
final class DeletionFeed {

    private DeletionFeed() {
    }

    /** The name the feed's cursor is kept under. */
    static String cursorName(RecordSource source) {
        return source.getName() + " (deleted)";
    }

    static Counts sync(HistoryStore store, SourceSession session, DataSource dataSource, RecordSource source,
            SyncListener listener) throws SourceException {
        Counts total = new Counts();
        int batchSize = Math.max(1, source.getBatchSize());
        Cursor cursor = new RunJournal(store).cursor(dataSource.getName(), cursorName(source));
        while (true) {
            Cursor after = cursor;
            List<SourceRecord> deleted = Retry.of(dataSource, listener)
                    .call(() -> session.readDeleted(source, after, batchSize));
            if (deleted.isEmpty()) {
                return total;
            }
            cursor = deleted.get(deleted.size() - 1).cursor();
            Cursor last = cursor;
            total.deleted += store.jdbi().inTransaction(handle -> {
                List<String> ids = new ArrayList<>(deleted.size());
                deleted.stream().filter(record -> record.key() != null)
                        .forEach(record -> ids.add(source.getName() + ":" + record.key()));
                int marked = source.getKind() == RecordKind.CUSTOMER
                        ? SourceCustomerRows.markDeleted(handle, dataSource.getName(), ids)
                        : InteractionRows.markDeleted(handle, dataSource.getName(), ids);
                RunJournal.saveCursor(handle, dataSource.getName(), cursorName(source), last);
                return marked;
            });
            if (deleted.size() < batchSize) {
                return total;
            }
        }
    }
}
