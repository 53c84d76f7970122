package org.cxm.identity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

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

    /**
     * One enabled rule: customers with the same identifier of each of its {@code kinds} are one. A rule of
     * two kinds or more is a pair rule, such as last name and phone: one equal value alone does not match.
     */
    public record Rule(String name, List<IdentifierKind> kinds) {

        public Rule {
            kinds = List.copyOf(kinds);
            if (kinds.isEmpty()) {
                throw new IllegalArgumentException("The match rule " + name + " has no kind of identifier");
            }
        }

        public Rule(String name, IdentifierKind kind) {
            this(name, List.of(kind));
        }

        /** The first kind of identifier, the only one of a rule that is not a pair rule. */
        public IdentifierKind kind() {
            return kinds.get(0);
        }

        /** Whether the rule requires two or more identifiers to be equal together. */
        public boolean isPair() {
            return kinds.size() > 1;
        }
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
                    Set<IdentifierKind> kinds = new LinkedHashSet<>();
                    kinds.add(rule.getKind());
                    kinds.addAll(rule.getAlsoKinds());
                    rules.add(new Rule(rule.getName() == null ? "same " + kinds.stream()
                            .map(IdentifierKind::getLiteral).collect(Collectors.joining(" and ")) : rule.getName(),
                            List.copyOf(kinds)));
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
