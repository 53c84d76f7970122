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
import org.cxm.history.SearchTerms;
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
        if (!merges.isEmpty()) {
            PreparedBatch repoint = handle.prepareBatch("UPDATE customer SET merged_into = :survivor WHERE id = :merged");
            for (Merge merge : merges) {
                repoint.bind("survivor", finalId.applyAsLong(merge.merged())).bind("merged",
                        realId.applyAsLong(merge.merged())).add();
            }
            repoint.execute();
        }
        writeSources(handle, finalId);
        if (!merges.isEmpty()) {
            PreparedBatch journal = CustomerMerger.journalBatch(handle);
            OffsetDateTime now = OffsetDateTime.now();
            for (Merge merge : merges) {
                // Source keys are "system SEPARATOR id", the form the journal lists moved source customers in.
                CustomerMerger.bindJournal(journal, now, realId.applyAsLong(merge.survivor()),
                        realId.applyAsLong(merge.merged()), merge.reason(), merge.identities(), merge.moved(), 0).add();
            }
            journal.execute();
        }
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
        List<GoldenRecords.Fields> fields = new ArrayList<>();
        created.values().forEach(single -> fields.add(single == null ? GoldenRecords.Fields.EMPTY
                : GoldenRecords.ofSingleSource(single)));
        List<Long> ids = NewCustomers.insertGolden(handle, fields);
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
        PreparedBatch updates = handle.prepareBatch(IdentityResolver.UPDATE_SOURCE_CUSTOMER);
        PreparedBatch forgetIdentities = handle.prepareBatch("DELETE FROM customer_identity"
                + " WHERE source_system = :system AND source_id = :id");
        PreparedBatch forgetTerms = SearchTerms.deleteBatch(handle);
        BulkRows inserts = BulkRows.into("source_customer", "source_system", "source_id", "customer_id",
                "display_name", "first_name", "last_name", "company", "source_priority", "source_updated_at", "deleted",
                "content_hash");
        BulkRows identities = BulkRows.into("customer_identity", "customer_id", "source_system", "source_id", "kind",
                "normalized_value");
        BulkRows terms = SearchTerms.rows();
        for (SourceWrite write : sources.values()) {
            SourceCustomer customer = write.customer();
            long target = finalId.applyAsLong(write.target());
            if (write.stored()) {
                updates.add(IdentityResolver.columns(customer, target));
                forgetIdentities.bind("system", customer.system()).bind("id", customer.sourceId()).add();
                SearchTerms.bindDelete(forgetTerms, customer.system(), customer.sourceId());
            } else {
                inserts.add(customer.system(), customer.sourceId(), target, customer.displayName(),
                        customer.firstName(), customer.lastName(), customer.company(), customer.priority(),
                        customer.updatedAt(), customer.deleted(), customer.contentHash());
            }
            for (NormalizedIdentifier identifier : new LinkedHashSet<>(customer.identifiers())) {
                identities.add(target, customer.system(), customer.sourceId(), identifier.kind().name(),
                        identifier.value());
            }
            IdentityResolver.searchTerms(customer).addTo(terms, target, customer.system(), customer.sourceId());
        }
        for (PreparedBatch batch : List.of(updates, forgetIdentities, forgetTerms)) {
            if (batch.size() > 0) {
                batch.execute();
            }
        }
        try {
            inserts.write(handle);
            identities.write(handle);
            terms.write(handle);
        } catch (SQLException e) {
            throw new UnableToExecuteStatementException("Cannot write " + sources.size() + " source customers: "
                    + e.getMessage(), e, null);
        }
    }
}
