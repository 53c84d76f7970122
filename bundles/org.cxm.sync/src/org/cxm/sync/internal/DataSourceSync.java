package org.cxm.sync.internal;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import org.cxm.history.HistoryStore;
import org.cxm.identity.IdentifierNormalizer;
import org.cxm.identity.IdentityResolver;
import org.cxm.identity.MatchRules;
import org.cxm.model.DataSource;
import org.cxm.model.IdentityResolution;
import org.cxm.model.RecordKind;
import org.cxm.model.RecordSource;
import org.cxm.sync.SyncOptions;
import org.cxm.sync.SyncSummary;
import org.cxm.sync.spi.Connector;
import org.cxm.sync.spi.Cursor;
import org.cxm.sync.spi.SourceException;
import org.cxm.sync.spi.SourceRecord;
import org.cxm.sync.spi.SourceSession;

/**
 * One sync run over the data sources of a model: connects with retries and back-off, reads each record
 * source in batches after its cursor, and commits every batch with its cursor in one transaction, so a
 * run killed at any moment resumes exactly where the last commit left off.
 */
public final class DataSourceSync {

    private final HistoryStore store;

    private final SyncOptions options;

    private final RunJournal journal;

    private final Credentials credentials;

    private final IdentityResolver resolver;

    private final IdentifierNormalizer normalizer;

    private final long runId;

    private final Counts totals = new Counts();

    public DataSourceSync(IdentityResolution identityResolution, HistoryStore store, SyncOptions options,
            Function<String, String> environment) {
        this.store = store;
        this.options = options;
        this.journal = new RunJournal(store.jdbi());
        this.credentials = new Credentials(environment);
        MatchRules rules = MatchRules.of(identityResolution);
        this.resolver = new IdentityResolver(rules);
        this.normalizer = new IdentifierNormalizer(rules.defaultRegion());
        this.runId = journal.start();
    }

    /** Syncs {@code source}; returns the failures, none when everything was synced. */
    public List<String> run(DataSource source, Connector connector) {
        List<String> failures = new ArrayList<>();
        try (SourceSession session = connect(source, connector)) {
            for (RecordSource recordSource : customersFirst(source)) {
                try {
                    session.verify(recordSource);
                    sync(session, source, recordSource);
                    if (options.reconcileDeletes()) {
                        total(Reconciliation.markDeleted(store.jdbi(), session, source.getName(), recordSource));
                    }
                } catch (SourceException e) {
                    failures.add(fail(e.getMessage()));
                }
            }
            Reconciliation.linkOrphans(store.jdbi(), source.getName());
        } catch (SourceException e) {
            failures.add(fail(e.getMessage()));
        }
        return failures;
    }

    public SyncSummary finish(List<String> failures, Duration duration) {
        SyncSummary summary = new SyncSummary(runId, totals.read, totals.inserted, totals.updated, totals.deleted,
                totals.merged, totals.deadLettered, duration, List.copyOf(failures));
        journal.finish(summary);
        return summary;
    }

    private void sync(SourceSession session, DataSource source, RecordSource recordSource) throws SourceException {
        BatchContext context = new BatchContext(runId, source, recordSource, new RecordMapper(recordSource, normalizer),
                new Classifier(recordSource), resolver, new CustomerIds(source.getName()), store.dialect());
        Cursor committed = journal.cursor(source.getName(), recordSource.getName());
        // Nothing of a record source never synced can be stored yet: its first load skips looking for stored
        // records until a batch proves otherwise (a reset cursor, or rows that changed while being read).
        boolean assumeNew = committed.isStart() && recordSource.getKind() != RecordKind.CUSTOMER;
        Cursor cursor = lookBack(committed, recordSource);
        int batchSize = Math.max(1, recordSource.getBatchSize());
        while (true) {
            List<SourceRecord> batch = readWithRetry(session, source, recordSource, cursor, batchSize);
            if (batch.isEmpty()) {
                return;
            }
            Cursor next = batch.get(batch.size() - 1).cursor();
            Counts counts;
            try {
                counts = write(context, batch, next, assumeNew);
            } catch (InteractionBatch.DuplicateRecords e) {
                assumeNew = false;
                context.customerIds().forget();
                counts = write(context, batch, next, false);
            }
            if (counts.merged > 0) {
                context.customerIds().forget();
            }
            total(counts);
            options.listener().batchCommitted(source.getName(), recordSource.getName(), batch.size(), totals.read);
            cursor = next;
            if (batch.size() < batchSize) {
                return;
            }
        }
    }

    /** Writes {@code batch} and moves the cursor to {@code next}, in one transaction. */
    private Counts write(BatchContext context, List<SourceRecord> batch, Cursor next, boolean assumeNew) {
        return store.jdbi().inTransaction(handle -> {
            Counts written = context.recordSource().getKind() == RecordKind.CUSTOMER
                    ? store.dialect().planEachExecution(handle, () -> CustomerBatch.write(handle, context, batch))
                    : InteractionBatch.write(handle, context, batch, assumeNew);
            RunJournal.saveCursor(handle, context.system(), context.recordSource().getName(), next);
            return written;
        });
    }

    /** Starts a look-back earlier than the cursor, to read again rows that were committed late. */
    private static Cursor lookBack(Cursor cursor, RecordSource recordSource) {
        int seconds = recordSource.getLookBackSeconds();
        if (seconds <= 0 || cursor.isStart()) {
            return cursor;
        }
        return switch (cursor.value()) {
            case LocalDateTime time -> new Cursor(time.minusSeconds(seconds), List.of());
            case OffsetDateTime time -> new Cursor(time.minusSeconds(seconds), List.of());
            default -> cursor;
        };
    }

    private SourceSession connect(DataSource source, Connector connector) throws SourceException {
        String password = credentials.passwordFor(source);
        return Retry.of(source, options.listener()).call(() -> connector.open(source, password));
    }

    private List<SourceRecord> readWithRetry(SourceSession session, DataSource source, RecordSource recordSource,
            Cursor cursor, int batchSize) throws SourceException {
        return Retry.of(source, options.listener()).call(() -> session.read(recordSource, cursor, batchSize));
    }

    /** Customers before interactions, so interactions find the customers they refer to. */
    private static List<RecordSource> customersFirst(DataSource source) {
        List<RecordSource> ordered = new ArrayList<>(source.getRecordSources());
        ordered.sort(Comparator.comparing(rs -> rs.getKind() == RecordKind.CUSTOMER ? 0 : 1));
        return ordered;
    }

    private void total(Counts counts) {
        totals.add(counts);
    }

    private String fail(String message) {
        options.listener().failed(message);
        return message;
    }
}
