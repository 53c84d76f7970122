package org.cxm.identity;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.cxm.history.SearchTerms;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Decides which golden customer a source customer is: the one it already belongs to, or one that shares
 * an identifier under the match rules (in their priority order), or a new one. Customers found through
 * different identifiers are merged, each merge journaled with the rule and the value that caused it.
 * Works inside the caller's transaction, so a batch and its cursor commit together.
 */
public final class IdentityResolver {

    static final String INSERT_SOURCE_CUSTOMER = "INSERT INTO source_customer (source_system, source_id,"
            + " customer_id, display_name, first_name, last_name, company, source_priority, source_updated_at, deleted,"
            + " content_hash) VALUES (:system, :id, :customer, :name, :first, :last, :company, :priority, :updated,"
            + " :deleted, :hash)";

    static final String UPDATE_SOURCE_CUSTOMER = "UPDATE source_customer SET customer_id = :customer,"
            + " display_name = :name, first_name = :first, last_name = :last, company = :company,"
            + " source_priority = :priority, source_updated_at = :updated, deleted = :deleted,"
            + " content_hash = :hash WHERE source_system = :system AND source_id = :id";

    static final String INSERT_IDENTITY = "INSERT INTO customer_identity (customer_id, source_system, source_id,"
            + " kind, normalized_value) VALUES (:customer, :system, :id, :kind, :value)";

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
            long created = createCustomer(handle);
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
                for (long id : handle.createQuery("SELECT DISTINCT i.customer_id FROM customer_identity i"
                        + " JOIN source_customer s ON s.source_system = i.source_system AND s.source_id = i.source_id"
                        + " WHERE i.kind = :kind AND i.normalized_value = :value AND s.deleted = FALSE"
                        + " AND NOT (i.source_system = :system AND i.source_id = :id)")
                        .bind("kind", identifier.kind().name()).bind("value", identifier.value())
                        .bind("system", customer.system()).bind("id", customer.sourceId())
                        .mapTo(Long.class).list()) {
                    matches.putIfAbsent(merger.activeId(handle, id),
                            new MatchReason(rule.name(), identifier.kind(), identifier.value()));
                }
            }
        }
        return matches;
    }

    private static long createCustomer(Handle handle) {
        OffsetDateTime now = OffsetDateTime.now();
        return handle.createUpdate("INSERT INTO customer (created_at, updated_at) VALUES (:now, :now)")
                .bind("now", now).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    /**
     * Writes {@code customer} with its identities and search terms under golden customer {@code target};
     * {@code isNew} when the store has nothing of it yet, which saves looking for what to replace.
     */
    private static void store(Handle handle, SourceCustomer customer, long target, boolean isNew) {
        int updated = isNew ? 0 : handle.createUpdate(UPDATE_SOURCE_CUSTOMER).bindMap(columns(customer, target))
                .execute();
        if (updated == 0) {
            handle.createUpdate(INSERT_SOURCE_CUSTOMER).bindMap(columns(customer, target)).execute();
        }
        if (!isNew) {
            handle.createUpdate("DELETE FROM customer_identity WHERE source_system = :system AND source_id = :id")
                    .bind("system", customer.system()).bind("id", customer.sourceId()).execute();
            SearchTerms.delete(handle, customer.system(), customer.sourceId());
        }
        PreparedBatch identities = handle.prepareBatch(INSERT_IDENTITY);
        for (NormalizedIdentifier identifier : new LinkedHashSet<>(customer.identifiers())) {
            identities.bind("customer", target).bind("system", customer.system()).bind("id", customer.sourceId())
                    .bind("kind", identifier.kind().name()).bind("value", identifier.value()).add();
        }
        if (identities.size() > 0) {
            identities.execute();
        }
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

    static Map<String, Object> columns(SourceCustomer customer, long target) {
        Map<String, Object> columns = new HashMap<>();
        columns.put("system", customer.system());
        columns.put("id", customer.sourceId());
        columns.put("customer", target);
        columns.put("name", customer.displayName());
        columns.put("first", customer.firstName());
        columns.put("last", customer.lastName());
        columns.put("company", customer.company());
        columns.put("priority", customer.priority());
        columns.put("updated", customer.updatedAt());
        columns.put("deleted", customer.deleted());
        columns.put("hash", customer.contentHash());
        return columns;
    }
}
