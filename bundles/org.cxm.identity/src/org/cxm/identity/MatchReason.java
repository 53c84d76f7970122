package org.cxm.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.cxm.model.IdentifierKind;

/**
 * Why two customers are one: the match rule and the identifier values they share, one per kind of the
 * rule (two or more for a pair rule, such as last name and phone).
 *
 * @param rule the match rule's name
 * @param kinds the rule's kinds of identifier, in the rule's order
 * @param values the shared value of each kind, in the same order
 */
public record MatchReason(String rule, List<IdentifierKind> kinds, List<String> values) {

    /** How the kinds and the values of a pair are joined in the merge journal. */
    public static final String JOIN = " + ";

    public MatchReason {
        kinds = List.copyOf(kinds);
        values = List.copyOf(values);
        if (kinds.isEmpty() || kinds.size() != values.size()) {
            throw new IllegalArgumentException("A match reason needs one value per kind: " + kinds + ", " + values);
        }
    }

    /** The reason of a rule on one kind of identifier. */
    public MatchReason(String rule, IdentifierKind kind, String value) {
        this(rule, List.of(kind), List.of(value));
    }

    /** The kinds as the merge journal keeps them: {@code PHONE}, or {@code LAST_NAME + PHONE} for a pair. */
    public String journalKind() {
        return kinds.stream().map(IdentifierKind::name).collect(Collectors.joining(JOIN));
    }

    /** The values as the merge journal keeps them: {@code +4930123}, or {@code silva + +4930123} for a pair. */
    public String journalValue() {
        return String.join(JOIN, values);
    }

    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < kinds.size(); i++) {
            parts.add(kinds.get(i).getLiteral() + " " + values.get(i));
        }
        return "same " + String.join(" and ", parts) + " (rule " + rule + ")";
    }
}
