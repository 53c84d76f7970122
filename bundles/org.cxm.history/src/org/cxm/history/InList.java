package org.cxm.history;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.UnableToCreateStatementException;
import org.postgresql.PGConnection;

/**
 * The thousands of keys a batch looks up at once ({@code WHERE id IN ...}), bound the way each store serves
 * best. On PostgreSQL they are one array parameter ({@code = ANY(:ids)}), so the statement text is the same
 * for every batch and neither Jdbi nor the server parses it again. H2 reads such an array row by row
 * inside a join instead of through the index, so there they are an IN list whose length is rounded up to a
 * power of two (repeating the last key), which keeps the number of different statement texts small enough
 * for Jdbi's and H2's statement caches.
 *
 * <pre>
 * InList ids = InList.of(handle, "ids", Long.class, customers);
 * ids.bind(handle.createQuery("SELECT id FROM customer WHERE " + ids.matches("id"))).mapTo(Long.class).list();
 * </pre>
 */
public final class InList {

    private final String parameter;

    private final Class<?> type;

    private final List<Object> values;

    private final boolean array;

    private InList(String parameter, Class<?> type, List<Object> values, boolean array) {
        this.parameter = parameter;
        this.type = type;
        this.values = values;
        this.array = array;
    }

    /**
     * The keys {@code values} (not empty) of Java type {@code type} ({@code String} or {@code Long}), bound
     * to {@code parameter} in statements of {@code handle}.
     */
    public static InList of(Handle handle, String parameter, Class<?> type, Collection<?> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("No keys to look up in " + parameter);
        }
        List<Object> keys = new ArrayList<>(values);
        boolean array = isPostgreSql(handle);
        if (!array) {
            Object last = keys.get(keys.size() - 1);
            int length = Integer.highestOneBit(keys.size() - 1) << 1;
            while (keys.size() < length) {
                keys.add(last);
            }
        }
        return new InList(parameter, type, keys, array);
    }

    /** The condition that {@code column} is one of the keys. */
    public String matches(String column) {
        return array ? column + " = ANY(:" + parameter + ")" : column + " IN (<" + parameter + ">)";
    }

    /** Binds the keys to {@code statement}, whose SQL uses {@link #matches}; returns the statement. */
    public <S extends SqlStatement<S>> S bind(S statement) {
        return array ? statement.bindArray(parameter, type, values) : statement.bindList(parameter, values);
    }

    private static boolean isPostgreSql(Handle handle) {
        try {
            return handle.getConnection().isWrapperFor(PGConnection.class);
        } catch (SQLException e) {
            throw new UnableToCreateStatementException("Cannot tell the kind of store: " + e.getMessage(), e, null);
        }
    }
}
