package org.cxm.sync.internal;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.cxm.history.HistoryStore;
import org.cxm.identity.IdentifierNormalizer;
import org.cxm.identity.IdentityResolver;
import org.cxm.identity.MatchRules;
import org.cxm.model.DataSource;
import org.cxm.model.IdentityResolution;
import org.cxm.model.RecordKind;
import org.cxm.model.RecordSource;
import org.cxm.sync.CredentialResolver;
import org.cxm.sync.SyncOptions;
import org.cxm.sync.SyncSummary;
import org.cxm.sync.spi.Connector;
import org.cxm.sync.spi.Cursor;
import org.cxm.sync.spi.SourceException;
import org.cxm.sync.spi.SourceRecord;
import org.cxm.sync.spi.SourceSession;

/**
 * One sync run over the data sources of a model: connects with retries and back-off, reads each record
 * source in batches after its cursor (the next batch is read while the current one is written, see
 * {@link ReadAhead}), and commits every batch with its cursor in one transaction, so a run killed at any
 * moment resumes exactly where the last commit left off.
 */
public final class DataSourceSync {

    private final HistoryStore store;

    private final SyncOptions options;

    private final RunJournal journal;

    private final CredentialResolver credentials;

    private final IdentityResolver resolver;

    /** The model's region of phone numbers without country code, for data sources that set none. */
    private final String defaultRegion;

    private final long runId;

    private final Counts totals = new Counts();

    /**
     * Whether the data source being synced wrote interactions without their customer, or wrote customers
     * that such interactions of earlier runs may be waiting for: only then does linking orphans, which
     * reads all of the system's interactions, have anything to do.
     */
    private boolean orphansMayHaveCustomers;

    /** Whether the listener asked to stop; once it did, nothing more is read. */
    private boolean cancelled;

    public DataSourceSync(IdentityResolution identityResolution, HistoryStore store, SyncOptions options,
            CredentialResolver credentials) {
        this.store = store;
        this.options = options;
        this.journal = new RunJournal(store);
        this.credentials = credentials;
        MatchRules rules = MatchRules.of(identityResolution);
        this.resolver = new IdentityResolver(rules);
        this.defaultRegion = rules.defaultRegion();
        this.runId = journal.start();
    }

    /** Syncs {@code source}; returns the failures, none when everything was synced. */
    public List<String> run(DataSource source, Connector connector) {
        List<String> failures = new ArrayList<>();
        orphansMayHaveCustomers = false;
        try (SourceSession session = connect(source, connector)) {
            for (RecordSource recordSource : customersFirst(source)) {
                if (cancelRequested()) {
                    break;
                }
                try {
                    session.verify(recordSource);
                    sync(session, source, recordSource);
                    if (!cancelled && session.hasDeletionFeed(recordSource)) {
                        total(DeletionFeed.sync(store, session, source, recordSource, options.listener()));
                    }
                    // A full key scan is the opposite of stopping soon.
                    if (!cancelled && reconciliationDue(source, recordSource)) {
                        total(Reconciliation.markDeleted(store.jdbi(), session, source.getName(), recordSource));
                        journal.reconciled(source.getName(), recordSource.getName(), OffsetDateTime.now());
                    }
                } catch (SourceException e) {
                    failures.add(fail(e.getMessage()));
                }
            }
            if (orphansMayHaveCustomers) {
                Reconciliation.linkOrphans(store.jdbi(), source.getName());
            }
        } catch (SourceException e) {
            failures.add(fail(e.getMessage()));
        }
        return failures;
    }

    /**
     * Whether the run is to stop: the listener asked, now or earlier. Asked only between committed batches,
     * so stopping leaves the store as a finished batch left it.
     */
    public boolean cancelRequested() {
        cancelled = cancelled || options.listener().cancelled();
        return cancelled;
    }

    public SyncSummary finish(List<String> failures, Duration duration) {
        SyncSummary summary = new SyncSummary(runId, totals.read, totals.inserted, totals.updated, totals.deleted,
                totals.merged, totals.deadLettered, duration, List.copyOf(failures), cancelled, totals.invalidPhones,
                List.copyOf(totals.warnings));
        journal.finish(summary);
        return summary;
    }

    private void sync(SourceSession session, DataSource source, RecordSource recordSource) throws SourceException {
        IdentifierNormalizer normalizer = new IdentifierNormalizer(source.getDefaultRegion() == null
                || source.getDefaultRegion().isBlank() ? defaultRegion : source.getDefaultRegion());
        BatchContext context = new BatchContext(runId, source, recordSource, new RecordMapper(recordSource, normalizer),
                new Classifier(recordSource), resolver, new CustomerIds(source.getName()), new ImplicitCustomers(),
                store);
        Cursor committed = journal.cursor(source.getName(), recordSource.getName());
        // Nothing of a record source never synced can be stored yet: its first load skips looking for stored
        // records until a batch proves otherwise (a reset cursor, or rows that changed while being read).
        boolean assumeNew = committed.isStart() && recordSource.getKind() != RecordKind.CUSTOMER;
        Cursor start = lookBack(committed, recordSource);
        int batchSize = Math.max(1, recordSource.getBatchSize());
        try (ReadAhead readAhead = new ReadAhead()) {
            readAhead.start(() -> read(session, context, start, batchSize));
            while (true) {
                ReadBatch batch = readAhead.next();
                if (batch.isEmpty()) {
                    return;
                }
                boolean more = batch.size() >= batchSize;
                if (more) {
                    readAhead.start(() -> read(session, context, batch.last(), batchSize));
                }
                Counts counts;
                try {
                    counts = write(context, batch, assumeNew);
                } catch (InteractionBatch.DuplicateRecords e) {
                    assumeNew = false;
                    context.customerIds().forget();
                    context.implicitCustomers().forget();
                    counts = write(context, batch, false);
                }
                if (counts.merged > 0) {
                    context.customerIds().merged();
                }
                boolean customersWritten = recordSource.getKind() == RecordKind.CUSTOMER
                        && counts.inserted + counts.updated + counts.deleted > 0;
                orphansMayHaveCustomers |= customersWritten || counts.orphans > 0;
                total(counts);
                options.listener().batchCommitted(source.getName(), recordSource.getName(), batch.size(), totals.read);
                if (!more || cancelRequested()) {
                    return;
                }
            }
        }
    }

    /** Reads, with retries, and maps the batch of {@code context}'s record source after {@code cursor}. */
    private ReadBatch read(SourceSession session, BatchContext context, Cursor cursor, int batchSize)
            throws SourceException {
        List<SourceRecord> records = Retry.of(context.dataSource(), options.listener())
                .call(() -> session.read(context.recordSource(), cursor, batchSize));
        return ReadBatch.map(records, context.mapper());
    }

    /** Writes {@code batch} and moves the cursor past it, in one transaction. */
    private Counts write(BatchContext context, ReadBatch batch, boolean assumeNew) {
        return store.jdbi().inTransaction(handle -> {
            Counts written = context.recordSource().getKind() == RecordKind.CUSTOMER
                    ? store.planEachExecution(handle, () -> CustomerBatch.write(handle, context, batch))
                    : InteractionBatch.write(handle, context, batch, assumeNew);
            RunJournal.saveCursor(handle, context.system(), context.recordSource().getName(), batch.last());
            return written;
        });
    }

    /**
     * Whether this run compares the keys of {@code recordSource} with the source to find rows deleted
     * physically: when asked ({@code --reconcile}), or when the record source's schedule says so. A record
     * source on a schedule that was never reconciled starts its schedule now: its first load read every row.
     */
    private boolean reconciliationDue(DataSource source, RecordSource recordSource) {
        if (options.reconcileDeletes()) {
            return true;
        }
        int hours = recordSource.getReconcileEveryHours();
        if (hours <= 0) {
            return false;
        }
        OffsetDateTime last = journal.lastReconciled(source.getName(), recordSource.getName());
        if (last == null) {
            journal.reconciled(source.getName(), recordSource.getName(), OffsetDateTime.now());
            return false;
        }
        return !last.plusHours(hours).isAfter(OffsetDateTime.now());
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
