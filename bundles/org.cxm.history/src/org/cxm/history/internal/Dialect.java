package org.cxm.history.internal;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * The SQL that differs between the supported stores. Everything else the history writes is portable;
 * an upsert is not: PostgreSQL has INSERT ... ON CONFLICT, H2 has MERGE ... KEY. Neither is the planning
 * of batch look-ups (see {@link #planEachExecution}) nor the index-served search for a prefix
 * ({@link #startsWith}).
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

    /**
     * A condition that {@code column} starts with the text {@link #bindStartOf} binds to {@code parameter}.
     * PostgreSQL gets LIKE 'text%', which a text_pattern_ops index serves when the statement is planned for
     * its actual parameters ({@link #planEachExecution}). H2 turns a LIKE with a parameter into an index
     * range only at the top level of a query, not inside a derived table, so it gets the range itself: from
     * the text to the text followed by the highest character.
     */
    public String startsWith(String column, String parameter) {
        return this == H2 ? column + " BETWEEN :" + parameter + " AND :" + parameter + "_end"
                : column + " LIKE :" + parameter + " ESCAPE '!'";
    }

    /** Binds {@code text} as the start that {@link #startsWith} looks for. */
    public void bindStartOf(SqlStatement<?> statement, String parameter, String text) {
        if (this == H2) {
            statement.bind(parameter, text).bind(parameter + "_end", text + Character.MAX_VALUE);
        } else {
            statement.bind(parameter, likeEscaped(text) + "%");
        }
    }

    /** {@code text} with the LIKE wildcards escaped by '!', for {@code LIKE ... ESCAPE '!'}. */
    public static String likeEscaped(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    /**
     * Runs {@code lookups} in {@code handle}'s transaction with every statement planned for its actual
     * parameters. A batch look-up binds thousands of keys in an IN list; PostgreSQL otherwise switches a
     * prepared statement to a generic plan after a few executions and keeps it, and a plan made while a
     * table was small scans the whole table once it is large. Writes go back to cached plans afterwards:
     * planning each row of a batch insert would cost more than the insert. H2 plans every execution anyway.
     */
    public <T> T planEachExecution(Handle handle, Supplier<T> lookups) {
        if (this != POSTGRESQL) {
            return lookups.get();
        }
        handle.execute("SET LOCAL plan_cache_mode = force_custom_plan");
        T result = lookups.get();
        handle.execute("SET LOCAL plan_cache_mode = auto");
        return result;
    }
}
