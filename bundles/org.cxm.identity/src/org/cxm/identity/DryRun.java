package org.cxm.identity;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.cxm.history.IdentityRows;
import org.cxm.model.IdentifierKind;
import org.jdbi.v3.core.Handle;

/**
 * Reports what a change of the match rules would do to the customers in the store, before it is applied:
 * which customers it would merge (and through which identifier), and which it would split. Reads the
 * store only.
 */
public final class DryRun {

    /** Customers the proposed rules would make one, with the identifier that joins them. */
    public record Merge(Set<Long> customers, MatchReason reason) {
    }

    /** A customer whose source customers the proposed rules would no longer hold together. */
    public record Split(long customer, List<Set<String>> groups) {
    }

    public record Report(List<Merge> merges, List<Split> splits) {
    }

    private record Row(String source, long customer, IdentifierKind kind, String value) {
    }

    private DryRun() {
    }

    public static Report of(Handle handle, MatchRules proposed) {
        List<Row> rows = IdentityRows.live(handle).stream().map(row -> new Row(row.system() + "/" + row.sourceId(),
                row.customerId(), IdentifierKind.valueOf(row.kind()), row.value())).toList();
        Map<String, Long> customerOf = new HashMap<>();
        rows.forEach(row -> customerOf.put(row.source(), row.customer()));
        UnionFind clusters = new UnionFind();
        Map<String, MatchReason> joinedBy = new HashMap<>();
        for (MatchRules.Rule rule : proposed.rules()) {
            if (rule.isPair()) {
                joinPairs(rows, rule, proposed.blockList(), clusters, joinedBy);
                continue;
            }
            Map<String, String> firstWithValue = new HashMap<>();
            for (Row row : rows) {
                NormalizedIdentifier identifier = new NormalizedIdentifier(row.kind(), row.value(), null);
                if (row.kind() != rule.kind() || proposed.blockList().blocks(identifier)) {
                    continue;
                }
                String first = firstWithValue.putIfAbsent(row.value(), row.source());
                if (first != null && clusters.union(first, row.source())) {
                    joinedBy.putIfAbsent(clusters.find(row.source()), new MatchReason(rule.name(), row.kind(),
                            row.value()));
                }
            }
        }
        return report(customerOf, clusters, joinedBy);
    }

    /** Joins the source customers that share one value of every kind of the pair rule {@code rule}. */
    private static void joinPairs(List<Row> rows, MatchRules.Rule rule, BlockList blockList, UnionFind clusters,
            Map<String, MatchReason> joinedBy) {
        Map<String, Map<IdentifierKind, Set<String>>> valuesBySource = new LinkedHashMap<>();
        for (Row row : rows) {
            valuesBySource.computeIfAbsent(row.source(), source -> new EnumMap<>(IdentifierKind.class))
                    .computeIfAbsent(row.kind(), kind -> new TreeSet<>()).add(row.value());
        }
        Map<List<String>, String> firstWithValues = new HashMap<>();
        valuesBySource.forEach((source, values) -> {
            for (List<String> combination : PairRules.combinations(values, rule, blockList)) {
                String first = firstWithValues.putIfAbsent(combination, source);
                if (first != null && clusters.union(first, source)) {
                    joinedBy.putIfAbsent(clusters.find(source), new MatchReason(rule.name(), rule.kinds(),
                            combination));
                }
            }
        });
    }

    private static Report report(Map<String, Long> customerOf, UnionFind clusters, Map<String, MatchReason> joinedBy) {
        Map<String, Set<Long>> customersByCluster = new LinkedHashMap<>();
        Map<Long, Map<String, Set<String>>> clustersByCustomer = new LinkedHashMap<>();
        customerOf.forEach((source, customer) -> {
            String cluster = clusters.find(source);
            customersByCluster.computeIfAbsent(cluster, c -> new TreeSet<>()).add(customer);
            clustersByCustomer.computeIfAbsent(customer, c -> new LinkedHashMap<>())
                    .computeIfAbsent(cluster, c -> new TreeSet<>()).add(source);
        });
        Map<String, MatchReason> reasonByRoot = new HashMap<>();
        joinedBy.forEach((node, reason) -> reasonByRoot.putIfAbsent(clusters.find(node), reason));
        List<Merge> merges = new ArrayList<>();
        customersByCluster.forEach((cluster, customers) -> {
            if (customers.size() > 1) {
                merges.add(new Merge(customers, reasonByRoot.get(cluster)));
            }
        });
        List<Split> splits = new ArrayList<>();
        clustersByCustomer.forEach((customer, groups) -> {
            if (groups.size() > 1) {
                splits.add(new Split(customer, new ArrayList<>(groups.values())));
            }
        });
        return new Report(merges, splits);
    }

    /** Disjoint sets of source customers, by path-halving union-find. */
    private static final class UnionFind {

        private final Map<String, String> parent = new HashMap<>();

        String find(String node) {
            String current = node;
            while (true) {
                String up = parent.getOrDefault(current, current);
                if (up.equals(current)) {
                    return current;
                }
                String grand = parent.getOrDefault(up, up);
                parent.put(current, grand);
                current = grand;
            }
        }

        boolean union(String a, String b) {
            String rootA = find(a);
            String rootB = find(b);
            if (rootA.equals(rootB)) {
                return false;
            }
            parent.put(rootB, rootA);
            return true;
        }
    }
}
