package org.cxm.sync.spi;

import java.util.Map;

/**
 * One row read from a record source.
 *
 * @param key the record's key, the key column values joined by '|', or {@code null} when a key column is
 *        null (such a record cannot be synced and goes to the dead letters)
 * @param cursor the position of the record in the source's change order, to continue after it
 * @param columns the row's values by column name (lower case), as the JDBC driver returned them
 */
public record SourceRecord(String key, Cursor cursor, Map<String, Object> columns) {
}
