package org.cxm.sync.spi;

import java.util.Map;

/**
 * One record read from a record source: a row of a table, or an object of an API's answer.
 *
 * @param key the record's key, the key column values joined by '|', or {@code null} when a key column is
 *        null (such a record cannot be synced and goes to the dead letters)
 * @param cursor the position of the record in the source's change order, to continue after it
 * @param columns the record's values by column name (lower case), as the JDBC driver returned them, or by
 *        the field path the mapping names (lower case) for an API record
 * @param raw the record as the source sent it, such as its JSON, kept in the dead letters if the record is
 *        rejected; {@code null} when the columns are the whole record
 * @param problem why the connector already knows the record cannot be synced (an answer that is not JSON,
 *        an array element that is not an object), or {@code null}
 */
public record SourceRecord(String key, Cursor cursor, Map<String, Object> columns, String raw, String problem) {

    /** A record whose columns are all there is of it, such as a row. */
    public SourceRecord(String key, Cursor cursor, Map<String, Object> columns) {
        this(key, cursor, columns, null, null);
    }
}
