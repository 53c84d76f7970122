package org.cxm.sync.internal;

import org.cxm.model.DataSource;
import org.cxm.sync.SyncListener;
import org.cxm.sync.spi.SourceException;

/**
 * Tries an operation on a source again after passing failures, waiting longer each time (the model's
 * first delay, doubled after each attempt, at most a minute). Mistakes that fail every time, such as a
 * wrong password or an unknown table, are not retried.
 */
final class Retry {

    private static final long MAX_DELAY_MILLIS = 60_000;

    interface SourceCall<T> {
        T call() throws SourceException;
    }

    private final DataSource source;

    private final SyncListener listener;

    private Retry(DataSource source, SyncListener listener) {
        this.source = source;
        this.listener = listener;
    }

    static Retry of(DataSource source, SyncListener listener) {
        return new Retry(source, listener);
    }

    <T> T call(SourceCall<T> operation) throws SourceException {
        int attempts = Math.max(1, source.getMaxAttempts());
        long delay = Math.max(0, source.getRetryDelaySeconds()) * 1000L;
        for (int attempt = 1;; attempt++) {
            try {
                return operation.call();
            } catch (SourceException e) {
                if (!e.isTransient() || attempt >= attempts) {
                    throw attempt > 1 ? new SourceException(e.getMessage() + " (gave up after " + attempt
                            + " attempts)", e.isTransient(), e) : e;
                }
                listener.retrying(source.getName(), attempt, delay, e.getMessage());
                sleep(delay);
                delay = Math.min(MAX_DELAY_MILLIS, Math.max(1000, delay * 2));
            }
        }
    }

    private static void sleep(long millis) throws SourceException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SourceException("interrupted while waiting to retry", false, e);
        }
    }
}
