package org.cxm.history.internal;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The SQL that differs between the supported stores. Everything else the history writes is portable;
 * an upsert is not: PostgreSQL has INSERT ... ON CONFLICT, H2 has MERGE ... KEY.
 */
public enum Dialect {
    H2,
    POSTGRESQL;

    /** The dialect of {@code jdbcUrl}, or {@code null} when the store kind is not supported. */
    public static Dialect of(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:h2:")) {
            return H2;
        }
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        return null;
    }

    /**
     * An insert-or-update of {@code columns} into {@code table} where {@code keys} (a subset of the columns)
     * identify the row, with named parameters {@code :column}.
     */
    public String upsert(String table, List<String> keys, List<String> columns) {
        String names = String.join(", ", columns);
        String values = columns.stream().map(c -> ":" + c).collect(Collectors.joining(", "));
        if (this == H2) {
            return "MERGE INTO " + table + " (" + names + ") KEY (" + String.join(", ", keys) + ") VALUES (" + values
                    + ")";
        }
        String updates = columns.stream().filter(c -> !keys.contains(c)).map(c -> c + " = EXCLUDED." + c)
                .collect(Collectors.joining(", "));
        return "INSERT INTO " + table + " (" + names + ") VALUES (" + values + ") ON CONFLICT ("
                + String.join(", ", keys) + ") DO " + (updates.isEmpty() ? "NOTHING" : "UPDATE SET " + updates);
    }
}
