package org.cxm.sync.tests;

import java.util.List;
import java.util.Set;

import org.cxm.model.DataSource;
import org.cxm.model.RecordSource;
import org.cxm.sync.spi.Connector;
import org.cxm.sync.spi.Cursor;
import org.cxm.sync.spi.SourceException;
import org.cxm.sync.spi.SourceRecord;
import org.cxm.sync.spi.SourceSession;

/**
 * A connector whose connection drops once, just before the {@code nthRead}th read of one record source, and
 * is opened again: that read, and those after it, start a new query from the cursor they are given.
 */
final class ReconnectingConnector implements Connector {

    private final Connector delegate;

    private final String recordSource;

    private final int nthRead;

    ReconnectingConnector(Connector delegate, String recordSource, int nthRead) {
        this.delegate = delegate;
        this.recordSource = recordSource;
        this.nthRead = nthRead;
    }

    @Override
    public boolean supports(DataSource source) {
        return delegate.supports(source);
    }

    @Override
    public SourceSession open(DataSource source, String password) throws SourceException {
        return new SourceSession() {

            private SourceSession session = delegate.open(source, password);

            private int reads;

            @Override
            public void verify(RecordSource recordSource) throws SourceException {
                session.verify(recordSource);
            }

            @Override
            public List<SourceRecord> read(RecordSource read, Cursor after, int limit) throws SourceException {
                if (read.getName().equals(recordSource) && ++reads == nthRead) {
                    session.close();
                    session = delegate.open(source, password);
                }
                return session.read(read, after, limit);
            }

            @Override
            public Set<String> keys(RecordSource recordSource) throws SourceException {
                return session.keys(recordSource);
            }

            @Override
            public void close() {
                session.close();
            }
        };
    }
}
