package org.cxm.identity;

import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongUnaryOperator;

import org.cxm.history.BulkRows;
import org.cxm.history.CustomerRows;
import org.cxm.history.IdentityRows;
import org.cxm.history.MergeJournal;
import org.cxm.history.SearchTerms;
import org.cxm.history.SourceCustomerRows;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * What a {@link BatchResolution} decided, collected and then written with one batch per table: new
 * golden customers, the final state of each source customer with its identities and search terms, the
 * merges with their journal, and golden records rebuilt for the customers whose sources changed.
 */
final class BatchWrites {

    /** The final state of one source customer in the batch, and whether the store had a row of it. */
    private record SourceWrite(SourceCustomer customer, long target, boolean stored) {
    }

    private record Merge(long survivor, long merged, MatchReason reason, int identities, List<String> moved) {
    }

    private final GoldenRecords golden;

    /** Placeholder ids of new customers in creation order, with the single source to take fields from. */
    private final Map<Long, SourceCustomer> created = new LinkedHashMap<>();

    private final Map<String, SourceWrite> sources = new LinkedHashMap<>();

    private final List<Merge> merges = new ArrayList<>();

    private final Set<Long> recompute = new LinkedHashSet<>();

    BatchWrites(GoldenRecords golden) {
        this.golden = golden;
    }

    GoldenRecords golden() {
        return golden;
    }

    /** A new customer; {@code single} is its only source to take golden fields from, or {@code null}. */
    void createCustomer(long placeholder, SourceCustomer single) {
        created.put(placeholder, single);
    }

    void sourceCustomer(String key, SourceCustomer customer, long target, boolean stored) {
        sources.put(key, new SourceWrite(customer, target, stored));
    }

    /** How many distinct identifiers source customer {@code key} has as the batch writes it. */
    int identityCount(String key) {
        SourceWrite write = sources.get(key);
        return write == null ? 0 : new LinkedHashSet<>(write.customer().identifiers()).size();
    }

    void merge(long survivor, long merged, MatchReason reason, int identities, List<String> moved) {
        merges.add(new Merge(survivor, merged, reason, identities, List.copyOf(moved)));
    }

    void recompute(long customer) {
        recompute.add(customer);
    }

    /**
     * Writes everything collected, in an order the foreign keys accept, and forgets it. {@code active}
     * gives the active customer (maybe a placeholder) of a customer; returns the real id of each placeholder.
     */
    Map<Long, Long> flush(Handle handle, LongUnaryOperator active) {
        Map<Long, Long> real = insertCustomers(handle);
        LongUnaryOperator realId = id -> id >= BatchResolution.PLACEHOLDER ? real.get(id) : id;
        LongUnaryOperator finalId = id -> realId.applyAsLong(active.applyAsLong(id));
        List<CustomerRows.MergedInto> repoint = new ArrayList<>();
        for (Merge merge : merges) {
            repoint.add(new CustomerRows.MergedInto(realId.applyAsLong(merge.merged()),
                    finalId.applyAsLong(merge.merged())));
        }
        CustomerRows.mergeNewInto(handle, repoint);
        writeSources(handle, finalId);
        List<MergeJournal.Entry> journal = new ArrayList<>();
        OffsetDateTime now = OffsetDateTime.now();
        for (Merge merge : merges) {
            // Source keys are "system SEPARATOR id", the form the journal lists moved source customers in.
            journal.add(CustomerMerger.entry(now, realId.applyAsLong(merge.survivor()),
                    realId.applyAsLong(merge.merged()), merge.reason(), merge.identities(), merge.moved(), 0));
        }
        MergeJournal.addAll(handle, journal);
        Set<Long> customers = new LinkedHashSet<>();
        recompute.forEach(id -> customers.add(finalId.applyAsLong(id)));
        golden.recomputeAll(handle, customers);
        created.clear();
        sources.clear();
        merges.clear();
        recompute.clear();
        return real;
    }

    private Map<Long, Long> insertCustomers(Handle handle) {
        Map<Long, Long> real = new HashMap<>();
        if (created.isEmpty()) {
            return real;
        }
        List<CustomerRows.Golden> fields = new ArrayList<>();
        created.values().forEach(single -> fields.add(single == null ? CustomerRows.Golden.EMPTY
                : GoldenRecords.ofSingleSource(single)));
        List<Long> ids = CustomerRows.insert(handle, fields);
        int i = 0;
        for (long placeholder : created.keySet()) {
            real.put(placeholder, ids.get(i++));
        }
        return real;
    }

    private void writeSources(Handle handle, LongUnaryOperator finalId) {
        if (sources.isEmpty()) {
            return;
        }
        SourceCustomerRows.Batch rows = SourceCustomerRows.batch(handle);
        IdentityRows.Batch identities = IdentityRows.batch(handle);
        PreparedBatch forgetTerms = SearchTerms.deleteBatch(handle);
        BulkRows terms = SearchTerms.rows();
        for (SourceWrite write : sources.values()) {
            SourceCustomer customer = write.customer();
            long target = finalId.applyAsLong(write.target());
            if (write.stored()) {
                rows.update(IdentityResolver.row(customer, target));
                identities.forget(customer.system(), customer.sourceId());
                SearchTerms.bindDelete(forgetTerms, customer.system(), customer.sourceId());
            } else {
                rows.insert(IdentityResolver.row(customer, target));
            }
            IdentityResolver.identities(customer, target).forEach(identities::insert);
            IdentityResolver.searchTerms(customer).addTo(terms, target, customer.system(), customer.sourceId());
        }
        if (forgetTerms.size() > 0) {
            forgetTerms.execute();
        }
        rows.write();
        identities.write();
        try {
            terms.write(handle);
        } catch (SQLException e) {
            throw new UnableToExecuteStatementException("Cannot write the search terms of " + sources.size()
                    + " source customers: " + e.getMessage(), e, null);
        }
    }
}
