package org.cxm.identity;

import org.cxm.model.IdentifierKind;

/**
 * Why two customers are one: the match rule and the identifier value they share.
 *
 * @param rule the match rule's name
 */
public record MatchReason(String rule, IdentifierKind kind, String value) {

    @Override
    public String toString() {
        return "same " + kind.getLiteral() + " " + value + " (rule " + rule + ")";
    }
}
