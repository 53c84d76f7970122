package org.cxm.identity;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import org.cxm.history.IdentityRows;
import org.cxm.history.MergeJournal;
import org.cxm.model.IdentifierKind;
import org.jdbi.v3.core.Handle;

/**
 * Resolves a batch of source customers with the outcome of {@link IdentityResolver#resolve} applied to
 * each in order, but reading the store once for the batch and writing it with one batch per table: the
 * batch's matches are found in memory, among the identifiers the store holds for the batch's values and
 * those the batch wrote before. New customers get placeholder ids, larger than any stored one and in
 * creation order, so that "the older customer survives" decides as it would with real ids.
 *
 * <p>What memory cannot answer exactly, a merge of two customers that were stored before the batch (which
 * moves rows memory has not read) and customers a pair rule could match, is resolved one by one: the part
 * of the batch before it is written first, and the part after it is planned anew from the store.
 */
final class BatchResolution {

    /** Placeholder ids of customers created by the batch start here; stored ids are far below. */
    static final long PLACEHOLDER = 1L << 62;

    private final MatchRules rules;

    private final CustomerMerger merger;

    private final Handle handle;

    private final BatchWrites writes;

    /** Who holds each matchable identifier value of the batch: source key to customer, as of now. */
    private final Map<String, Map<String, Long>> holders = new HashMap<>();

    /** The identifier keys each source key is listed under in {@link #holders}. */
    private final Map<String, Set<String>> heldBy = new HashMap<>();

    /** Active customers of stored ids, as the store had them before the batch. */
    private Map<Long, Long> storedActive;

    /** Customers merged by this batch, into whom. */
    private final Map<Long, Long> mergedInto = new HashMap<>();

    /** Source keys under each customer the batch created, for the journal of its merge. */
    private final Map<Long, Set<String>> members = new HashMap<>();

    /** Pairs of stored customers that must never merge, each as "low:high". */
    private final Set<String> blocks = new HashSet<>();

    /** What the batch has written of a source key: its customer then and its content hash. */
    private final Map<String, KnownCustomer> written = new HashMap<>();

    private Map<String, KnownCustomer> known;

    private long nextPlaceholder = PLACEHOLDER;

    BatchResolution(Handle handle, MatchRules rules, CustomerMerger merger, GoldenRecords golden) {
        this.handle = handle;
        this.rules = rules;
        this.merger = merger;
        this.writes = new BatchWrites(golden);
    }

    /** What resolving one source customer does: its customer (maybe a placeholder) and the merges. */
    private record Plan(long target, List<MatchReason> merges) {
    }

    /**
     * Resolves {@code customers}; {@code oneByOne} resolves a customer alone against the store as it is.
     * Every resolution's customer id is the active one once the whole batch is written.
     */
    List<Resolution> resolve(List<SourceCustomer> customers, Function<SourceCustomer, Resolution> oneByOne) {
        read(customers);
        Resolution[] results = new Resolution[customers.size()];
        for (int i = 0; i < customers.size(); i++) {
            SourceCustomer customer = customers.get(i);
            String key = KnownCustomer.key(customer);
            KnownCustomer before = written.containsKey(key) ? written.get(key) : known.get(key);
            Long current = before == null ? null : active(before.customerId());
            if (before != null && before.contentHash().equals(customer.contentHash())) {
                results[i] = new Resolution(current, false, false, List.of());
                continue;
            }
            Plan plan = plan(customer, key, current);
            if (plan == null) {
                writeAndSettle(results, i);
                results[i] = oneByOne.apply(customer);
                List<Resolution> rest = new BatchResolution(handle, rules, merger, writes.golden())
                        .resolve(customers.subList(i + 1, customers.size()), oneByOne);
                for (int j = 0; j < rest.size(); j++) {
                    results[i + 1 + j] = rest.get(j);
                }
                return settle(results);
            }
            results[i] = new Resolution(plan.target(), before == null, true, plan.merges());
        }
        writeAndSettle(results, customers.size());
        return settle(results);
    }

    /** Writes what was planned for the first {@code planned} results and gives them their real ids. */
    private void writeAndSettle(Resolution[] results, int planned) {
        Map<Long, Long> real = writes.flush(handle, this::active);
        for (int i = 0; i < planned; i++) {
            long id = active(results[i].customerId());
            results[i] = new Resolution(real.getOrDefault(id, id), results[i].created(), results[i].changed(),
                    results[i].merges());
        }
    }

    /** The results with the customers active once everything is written: a later merge may have moved one. */
    private List<Resolution> settle(Resolution[] results) {
        List<Long> ids = new ArrayList<>();
        for (Resolution result : results) {
            ids.add(result.customerId());
        }
        Map<Long, Long> active = merger.activeIds(handle, ids);
        List<Resolution> settled = new ArrayList<>();
        for (Resolution result : results) {
            settled.add(new Resolution(active.get(result.customerId()), result.created(), result.changed(),
                    result.merges()));
        }
        return settled;
    }

    /**
     * Plans resolving {@code customer} as {@link IdentityResolver#resolve} would, and applies the plan to
     * memory; {@code null} when it must be resolved one by one (and nothing was applied).
     */
    private Plan plan(SourceCustomer customer, String key, Long current) {
        if (!customer.deleted() && rules.rules().stream().anyMatch(rule -> rule.isPair()
                && PairRules.applies(customer, rule, rules.blockList()))) {
            return null;
        }
        Map<Long, MatchReason> matches = customer.deleted() ? Map.of() : matches(customer, key);
        List<Map.Entry<Long, MatchReason>> others = new ArrayList<>(matches.entrySet());
        long target;
        Long created = null;
        MatchReason joined = null;
        if (current != null) {
            target = current;
        } else if (!others.isEmpty()) {
            target = others.remove(0).getKey();
            created = nextPlaceholder;
            joined = matches.get(target);
        } else {
            created = nextPlaceholder;
            target = created;
        }
        // The merges that follow, checked before anything is applied: a stored customer merged away
        // moves rows that memory has not read.
        List<long[]> merges = new ArrayList<>();
        List<MatchReason> reasons = new ArrayList<>();
        long survivor = target;
        for (Map.Entry<Long, MatchReason> match : others) {
            long other = match.getKey();
            if (other != survivor && !blocked(survivor, other)) {
                long merged = Math.max(survivor, other);
                if (merged < PLACEHOLDER) {
                    return null;
                }
                merges.add(new long[] { Math.min(survivor, other), merged });
                reasons.add(match.getValue());
                survivor = Math.min(survivor, other);
            }
        }
        List<MatchReason> journaled = new ArrayList<>();
        if (created != null) {
            nextPlaceholder++;
            writes.createCustomer(created, joined == null && !customer.deleted() ? customer : null);
            members.put(created, new LinkedHashSet<>());
        }
        store(customer, key, target);
        if (joined != null) {
            // What merging the new customer into its first match would leave: stored under the match, the
            // new customer merged into it and journaled, with nothing else to move.
            mergedInto.put(created, target);
            members.remove(created);
            writes.merge(target, created, joined, writes.identityCount(key), List.of(key));
            journaled.add(joined);
        }
        for (int m = 0; m < merges.size(); m++) {
            mergeInMemory(merges.get(m)[0], merges.get(m)[1], reasons.get(m));
            journaled.add(reasons.get(m));
        }
        if (joined != null || current != null || !merges.isEmpty() || customer.deleted()) {
            writes.recompute(survivor);
        }
        return new Plan(survivor, journaled);
    }

    /** The active customers sharing a matchable identifier with {@code customer}, strongest rule first. */
    private Map<Long, MatchReason> matches(SourceCustomer customer, String key) {
        Map<Long, MatchReason> matches = new LinkedHashMap<>();
        for (MatchRules.Rule rule : rules.rules()) {
            if (rule.isPair()) {
                continue;
            }
            for (NormalizedIdentifier identifier : customer.identifiers()) {
                if (identifier.kind() != rule.kind() || rules.blockList().blocks(identifier)) {
                    continue;
                }
                Map<String, Long> holding = holders.getOrDefault(identifierKey(identifier.kind(), identifier.value()),
                        Map.of());
                TreeMap<Long, Boolean> customers = new TreeMap<>();
                holding.forEach((sourceKey, holder) -> {
                    if (!sourceKey.equals(key)) {
                        customers.put(active(holder), Boolean.TRUE);
                    }
                });
                for (long id : customers.keySet()) {
                    matches.putIfAbsent(id, new MatchReason(rule.name(), identifier.kind(), identifier.value()));
                }
            }
        }
        return matches;
    }

    /** Records the source customer under {@code target} in memory and in the writes to come. */
    private void store(SourceCustomer customer, String key, long target) {
        for (String identifier : heldBy.getOrDefault(key, Set.of())) {
            holders.get(identifier).remove(key);
        }
        Set<String> listed = new HashSet<>();
        if (!customer.deleted()) {
            for (NormalizedIdentifier identifier : customer.identifiers()) {
                String identifierKey = identifierKey(identifier.kind(), identifier.value());
                holders.computeIfAbsent(identifierKey, k -> new HashMap<>()).put(key, target);
                listed.add(identifierKey);
            }
        }
        heldBy.put(key, listed);
        if (target >= PLACEHOLDER) {
            members.get(target).add(key);
        }
        written.put(key, new KnownCustomer(target, customer.contentHash()));
        writes.sourceCustomer(key, customer, target, known.containsKey(key));
    }

    /** Merges {@code merged}, a customer this batch created, into {@code survivor}, and journals it. */
    private void mergeInMemory(long survivor, long merged, MatchReason reason) {
        mergedInto.put(merged, survivor);
        Set<String> moved = members.remove(merged);
        int identities = 0;
        for (String key : moved) {
            identities += writes.identityCount(key);
        }
        if (survivor >= PLACEHOLDER) {
            members.get(survivor).addAll(moved);
        }
        writes.merge(survivor, merged, reason, identities, List.copyOf(moved));
    }

    /** The active customer of {@code id}: through the store's merges, then the batch's. */
    private long active(long id) {
        long current = storedActive.getOrDefault(id, id);
        for (Long next = mergedInto.get(current); next != null; next = mergedInto.get(current)) {
            current = next;
        }
        return current;
    }

    private boolean blocked(long customer, long other) {
        return blocks.contains(Math.min(customer, other) + ":" + Math.max(customer, other));
    }

    /**
     * Reads once what the batch needs of the store: its known source customers, the stored holders of its
     * matchable identifier values, their active customers and the merge blocks among them.
     */
    private void read(List<SourceCustomer> customers) {
        known = KnownCustomer.find(handle, customers);
        Map<IdentifierKind, Set<String>> values = new EnumMap<>(IdentifierKind.class);
        for (SourceCustomer customer : customers) {
            for (NormalizedIdentifier identifier : customer.identifiers()) {
                values.computeIfAbsent(identifier.kind(), kind -> new LinkedHashSet<>()).add(identifier.value());
            }
        }
        Set<IdentifierKind> ruleKinds = new HashSet<>();
        rules.rules().stream().filter(rule -> !rule.isPair()).forEach(rule -> ruleKinds.add(rule.kind()));
        Set<Long> ids = new HashSet<>();
        known.values().forEach(customer -> ids.add(customer.customerId()));
        for (IdentifierKind kind : ruleKinds) {
            Set<String> candidates = values.get(kind);
            if (candidates == null) {
                continue;
            }
            for (IdentityRows.Holder holder : IdentityRows.holders(handle, kind.name(), candidates)) {
                String identifierKey = identifierKey(kind, holder.value());
                String sourceKey = holder.system() + KnownCustomer.SEPARATOR + holder.sourceId();
                holders.computeIfAbsent(identifierKey, k -> new HashMap<>()).put(sourceKey, holder.customerId());
                heldBy.computeIfAbsent(sourceKey, k -> new HashSet<>()).add(identifierKey);
                ids.add(holder.customerId());
            }
        }
        storedActive = merger.activeIds(handle, ids);
        if (!ids.isEmpty()) {
            blocks.addAll(MergeJournal.blocksAmong(handle, new HashSet<>(storedActive.values())));
        }
    }

    static String identifierKey(IdentifierKind kind, String value) {
        return kind.name() + KnownCustomer.SEPARATOR + value;
    }
}
