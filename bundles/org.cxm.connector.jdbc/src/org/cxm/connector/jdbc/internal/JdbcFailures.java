package org.cxm.connector.jdbc.internal;

import java.sql.SQLException;
import java.sql.SQLTransientException;

import org.cxm.sync.spi.SourceException;

/**
 * Tells passing failures (network, server restart) from mistakes that fail every time (wrong password,
 * unknown table or column), using the SQLSTATE classes every database shares.
 */
final class JdbcFailures {

    private JdbcFailures() {
    }

    static SourceException of(String what, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        boolean permanent = state.startsWith("28") || state.startsWith("42") || state.startsWith("3D")
                || state.startsWith("22");
        boolean passing = e instanceof SQLTransientException || state.startsWith("08") || !permanent;
        return new SourceException(what + ": " + e.getMessage(), passing && !permanent, e);
    }
}
