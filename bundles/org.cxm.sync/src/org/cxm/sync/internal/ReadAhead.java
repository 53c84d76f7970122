package org.cxm.sync.internal;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.cxm.sync.spi.SourceException;

/**
 * Reads (and maps) the next batch of a record source on a thread of its own while the current batch is
 * written, so that reading the source and writing the store overlap instead of taking turns. At most one
 * batch is read ahead; it is read after the current batch's cursor, which is committed with the current
 * batch, so a run killed at any moment still resumes exactly after the last commit.
 */
final class ReadAhead implements AutoCloseable {

    private final ExecutorService reader = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "cxm-sync-reader");
        thread.setDaemon(true);
        return thread;
    });

    private Future<ReadBatch> pending;

    /** Starts reading the next batch with {@code read}. */
    void start(Callable<ReadBatch> read) {
        pending = reader.submit(read);
    }

    /** The batch started last, once it is read; the reader's failure if it failed. */
    ReadBatch next() throws SourceException {
        Future<ReadBatch> batch = pending;
        pending = null;
        try {
            return batch.get();
        } catch (ExecutionException e) {
            switch (e.getCause()) {
                case SourceException failure -> throw failure;
                case RuntimeException failure -> throw failure;
                case Error failure -> throw failure;
                default -> throw new IllegalStateException(e.getCause());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading a batch", e);
        }
    }

    /** Waits for a batch still being read, whose session the caller is about to close, and stops the reader. */
    @Override
    public void close() {
        if (pending != null) {
            try {
                pending.get();
            } catch (ExecutionException | RuntimeException e) {
                // Nobody wants this batch any more, nor its failure.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        reader.shutdown();
    }
}
