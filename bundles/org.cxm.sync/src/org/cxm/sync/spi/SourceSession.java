package org.cxm.sync.spi;

import java.util.List;
import java.util.Set;

import org.cxm.model.RecordSource;

/** An open connection to one data source, used by one sync run. */
public interface SourceSession extends AutoCloseable {

    /**
     * Checks that the tables and columns {@code source} names exist, so a broken mapping fails before
     * anything is written, with a message that names what is missing.
     */
    void verify(RecordSource source) throws SourceException;

    /**
     * Reads up to {@code limit} records of {@code source} that come after {@code after} in change order
     * (cursor value, then key), oldest first; fewer than {@code limit} only when there are no more. A run
     * asks for the batch after the last record of the previous one, so a session may keep its read open
     * between calls instead of querying the source again for every batch.
     */
    List<SourceRecord> read(RecordSource source, Cursor after, int limit) throws SourceException;

    /** The keys of all records of {@code source} that exist now, to detect records deleted physically. */
    Set<String> keys(RecordSource source) throws SourceException;

    /**
     * Whether {@code source} has a feed of deleted records of its own, such as an API's deleted-records
     * endpoint, read with {@link #readDeleted}. Tables have none: their deletions are soft-delete markers,
     * or found by comparing {@link #keys}.
     */
    default boolean hasDeletionFeed(RecordSource source) {
        return false;
    }

    /**
     * Reads up to {@code limit} entries of the deletion feed of {@code source} after {@code after}, oldest
     * first, each with the key of the record deleted and its position in the feed; fewer than {@code limit}
     * only when there are no more.
     */
    default List<SourceRecord> readDeleted(RecordSource source, Cursor after, int limit) throws SourceException {
        return List.of();
    }

    @Override
    void close();
}
