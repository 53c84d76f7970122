package org.cxm.identity;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.cxm.history.CustomerRows;
import org.cxm.history.IdentityRows;
import org.cxm.history.SearchTerms;
import org.cxm.history.SourceCustomerRows;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Decides which golden customer a source customer is: the one it already belongs to, or one that shares
 * an identifier under the match rules (in their priority order), or a new one. Customers found through
 * different identifiers are merged, each merge journaled with the rule and the value that caused it.
 * Works inside the caller's transaction, so a batch and its cursor commit together.
 */
public final class IdentityResolver {

    private final MatchRules rules;

    private final CustomerMerger merger;

    private final GoldenRecords golden;

    public IdentityResolver(MatchRules rules) {
        this.rules = rules;
        this.merger = new CustomerMerger();
        this.golden = new GoldenRecords(rules.survivorship());
    }

    /**
     * Undoes the merge journaled as {@code journalId}, in the caller's transaction: both customers come back
     * with what each source system knows of them, their golden records rebuilt under these rules'
     * survivorship, and the pair is never merged again automatically.
     */
    public void unmerge(Handle handle, long journalId) {
        merger.unmerge(handle, journalId, golden);
    }

    /**
     * Resolves a batch of source customers with the outcome of resolving them one by one, in order, but with
     * a few set-based statements ({@link BatchResolution}). Each resolution's customer is the one active
     * once the batch is written.
     */
    public List<Resolution> resolveAll(Handle handle, List<SourceCustomer> customers) {
        if (customers.isEmpty()) {
            return List.of();
        }
        return new BatchResolution(handle, rules, merger, golden).resolve(customers,
                customer -> resolve(handle, customer));
    }

    public Resolution resolve(Handle handle, SourceCustomer customer) {
        return resolve(handle, customer, KnownCustomer.find(handle, List.of(customer)).get(KnownCustomer.key(customer)));
    }

    /** Resolves {@code customer}, of which the store knows {@code before} ({@code null} if nothing). */
    private Resolution resolve(Handle handle, SourceCustomer customer, KnownCustomer before) {
        Long current = before == null ? null : merger.activeId(handle, before.customerId());
        if (before != null && before.contentHash().equals(customer.contentHash())) {
            return new Resolution(current, false, false, List.of());
        }
        Map<Long, MatchReason> matches = customer.deleted() ? Map.of() : matches(handle, customer);
        long target;
        List<MatchReason> merges = new ArrayList<>();
        Iterator<Map.Entry<Long, MatchReason>> others = matches.entrySet().iterator();
        if (current != null) {
            target = current;
            store(handle, customer, target, false);
        } else {
            long created = CustomerRows.create(handle);
            Map.Entry<Long, MatchReason> first = others.hasNext() ? others.next() : null;
            if (first != null && first.getKey() < created) {
                // What merging the new customer into the first match would leave, written directly: the
                // source customer stored under the match, the new customer merged into it and journaled.
                // A customer created just now is in no merge block and has nothing else to move.
                target = first.getKey();
                store(handle, customer, target, true);
                merger.mergeNew(handle, target, created, customer.system(), customer.sourceId(),
                        new LinkedHashSet<>(customer.identifiers()).size(), first.getValue());
                merges.add(first.getValue());
            } else {
                target = created;
                store(handle, customer, target, true);
                others = matches.entrySet().iterator();
            }
        }
        while (others.hasNext()) {
            Map.Entry<Long, MatchReason> match = others.next();
            long other = match.getKey();
            if (other != target && !merger.isBlocked(handle, target, other)) {
                // The older customer survives, so ids that people and other systems already use stay valid.
                long survivor = Math.min(target, other);
                merger.merge(handle, survivor, Math.max(target, other), match.getValue());
                merges.add(match.getValue());
                target = survivor;
            }
        }
        golden.recompute(handle, target);
        return new Resolution(target, current == null, true, merges);
    }

    /** The active customers sharing an identifier with {@code customer}, the strongest rule first. */
    private Map<Long, MatchReason> matches(Handle handle, SourceCustomer customer) {
        Map<Long, MatchReason> matches = new LinkedHashMap<>();
        for (MatchRules.Rule rule : rules.rules()) {
            if (rule.isPair()) {
                PairRules.matches(handle, customer, rule, rules.blockList())
                        .forEach((id, reason) -> matches.putIfAbsent(merger.activeId(handle, id), reason));
                continue;
            }
            for (NormalizedIdentifier identifier : customer.identifiers()) {
                if (identifier.kind() != rule.kind() || rules.blockList().blocks(identifier)) {
                    continue;
                }
                for (long id : IdentityRows.customersWith(handle, List.of(identifier.kind().name()),
                        List.of(identifier.value()), customer.system(), customer.sourceId())) {
                    matches.putIfAbsent(merger.activeId(handle, id),
                            new MatchReason(rule.name(), identifier.kind(), identifier.value()));
                }
            }
        }
        return matches;
    }

    /**
     * Writes {@code customer} with its identities and search terms under golden customer {@code target};
     * {@code isNew} when the store has nothing of it yet, which saves looking for what to replace.
     */
    private static void store(Handle handle, SourceCustomer customer, long target, boolean isNew) {
        SourceCustomerRows.write(handle, row(customer, target), isNew);
        IdentityRows.Batch identities = IdentityRows.batch(handle);
        if (!isNew) {
            identities.forget(customer.system(), customer.sourceId());
            SearchTerms.delete(handle, customer.system(), customer.sourceId());
        }
        identities(customer, target).forEach(identities::insert);
        identities.write();
        PreparedBatch terms = SearchTerms.insertBatch(handle);
        searchTerms(customer).bind(terms, target, customer.system(), customer.sourceId());
        terms.execute();
    }

    /** The words search as you type finds {@code customer} by. */
    static SearchTerms searchTerms(SourceCustomer customer) {
        SearchTerms terms = new SearchTerms().sourceId(customer.sourceId()).name(customer.displayName())
                .name(customer.firstName()).name(customer.lastName()).name(customer.company());
        for (NormalizedIdentifier identifier : customer.identifiers()) {
            terms.identifier(identifier.kind().name(), identifier.value());
        }
        return terms;
    }

    /** The row of {@code customer} under golden customer {@code target}. */
    static SourceCustomerRows.Row row(SourceCustomer customer, long target) {
        return new SourceCustomerRows.Row(customer.system(), customer.sourceId(), target, customer.displayName(),
                customer.firstName(), customer.lastName(), customer.company(), customer.priority(),
                customer.updatedAt(), customer.deleted(), customer.contentHash());
    }

    /** The distinct identifiers of {@code customer}, in order, as rows under golden customer {@code target}. */
    static List<IdentityRows.Row> identities(SourceCustomer customer, long target) {
        List<IdentityRows.Row> rows = new ArrayList<>();
        for (NormalizedIdentifier identifier : new LinkedHashSet<>(customer.identifiers())) {
            rows.add(new IdentityRows.Row(target, customer.system(), customer.sourceId(), identifier.kind().name(),
                    identifier.value()));
        }
        return rows;
    }
}
