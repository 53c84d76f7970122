package org.cxm.identity;

import java.util.ArrayList;
import java.util.List;

import org.cxm.model.IdentifierKind;
import org.cxm.model.IdentityResolution;
import org.cxm.model.MatchRule;
import org.cxm.model.SurvivorshipStrategy;

/**
 * The identity-resolution settings of a model, with defaults when it has none: match by e-mail, then
 * phone, then tax id; the most trusted source wins golden-record fields.
 */
public record MatchRules(List<Rule> rules, BlockList blockList, SurvivorshipStrategy survivorship,
        String defaultRegion) {

    /** One enabled rule: customers with the same identifier of {@code kind} are one. */
    public record Rule(String name, IdentifierKind kind) {
    }

    public static MatchRules of(IdentityResolution resolution) {
        List<Rule> rules = new ArrayList<>();
        if (resolution == null || resolution.getMatchRules().isEmpty()) {
            rules.add(new Rule("same e-mail", IdentifierKind.EMAIL));
            rules.add(new Rule("same phone", IdentifierKind.PHONE));
            rules.add(new Rule("same tax id", IdentifierKind.TAX_ID));
        } else {
            for (MatchRule rule : resolution.getMatchRules()) {
                if (rule.isEnabled() && rule.getKind() != null) {
                    rules.add(new Rule(rule.getName() == null ? "same " + rule.getKind().getLiteral() : rule.getName(),
                            rule.getKind()));
                }
            }
        }
        SurvivorshipStrategy survivorship = resolution == null || resolution.getSurvivorship() == null
                ? SurvivorshipStrategy.SOURCE_PRIORITY
                : resolution.getSurvivorship();
        return new MatchRules(List.copyOf(rules), new BlockList(resolution), survivorship,
                resolution == null ? null : resolution.getDefaultRegion());
    }
}
