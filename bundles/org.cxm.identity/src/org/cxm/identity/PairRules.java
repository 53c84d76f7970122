package org.cxm.identity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cxm.history.IdentityRows;
import org.cxm.model.IdentifierKind;
import org.jdbi.v3.core.Handle;

/**
 * Matching by a pair rule: customers are one when they share a value of every kind of the rule, such as
 * the same last name and the same phone, on one source customer. Values blocked for single rules still
 * take part (a switchboard number with a last name); values blocked for pairs, and invalid ones, do not.
 */
final class PairRules {

    private PairRules() {
    }

    /** Every combination of one usable value per kind of {@code rule}; none when a kind has no value. */
    static List<List<String>> combinations(Map<IdentifierKind, ? extends Set<String>> valuesByKind,
            MatchRules.Rule rule, BlockList blockList) {
        List<List<String>> combinations = List.of(List.of());
        for (IdentifierKind kind : rule.kinds()) {
            List<List<String>> longer = new ArrayList<>();
            Set<String> values = valuesByKind.get(kind);
            for (String value : values == null ? Set.<String>of() : values) {
                if (blockList.blocksInPair(new NormalizedIdentifier(kind, value, null))) {
                    continue;
                }
                for (List<String> combination : combinations) {
                    List<String> next = new ArrayList<>(combination);
                    next.add(value);
                    longer.add(next);
                }
            }
            combinations = longer;
        }
        return combinations;
    }

    /** The values of {@code customer}'s valid identifiers, by kind. */
    static Map<IdentifierKind, Set<String>> valuesByKind(SourceCustomer customer) {
        Map<IdentifierKind, Set<String>> values = new LinkedHashMap<>();
        for (NormalizedIdentifier identifier : customer.identifiers()) {
            if (identifier.isValid()) {
                values.computeIfAbsent(identifier.kind(), kind -> new LinkedHashSet<>()).add(identifier.value());
            }
        }
        return values;
    }

    /** Whether {@code rule} could match {@code customer} with anyone: it has a usable value of every kind. */
    static boolean applies(SourceCustomer customer, MatchRules.Rule rule, BlockList blockList) {
        return !combinations(valuesByKind(customer), rule, blockList).isEmpty();
    }

    /**
     * The customers (not followed through merges) of the other active source customers that have all the
     * values of one combination, each with the reason; in the order found.
     */
    static Map<Long, MatchReason> matches(Handle handle, SourceCustomer customer, MatchRules.Rule rule,
            BlockList blockList) {
        Map<Long, MatchReason> matches = new LinkedHashMap<>();
        for (List<String> values : combinations(valuesByKind(customer), rule, blockList)) {
            MatchReason reason = new MatchReason(rule.name(), rule.kinds(), values);
            IdentityRows.customersWith(handle, rule.kinds().stream().map(IdentifierKind::name).toList(), values,
                    customer.system(), customer.sourceId()).forEach(id -> matches.putIfAbsent(id, reason));
        }
        return matches;
    }
}
