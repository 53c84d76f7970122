package org.cxm.model.validation;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.cxm.model.BlockedValue;
import org.cxm.model.ClassificationRule;
import org.cxm.model.Condition;
import org.cxm.model.ConditionOperator;
import org.cxm.model.CxmPackage;
import org.cxm.model.IdentifierKind;
import org.cxm.model.IdentityResolution;
import org.cxm.model.MatchRule;
import org.cxm.model.query.ElementPath;
import org.cxm.model.query.JourneyQuery;

/**
 * Rules of identity resolution and classification: one match rule per identifier kind, blocked values
 * and MATCHES conditions that are valid regular expressions, conditions with the value their operator
 * needs, and classification rules whose touchpoint lies in their stage.
 */
final class ResolutionConstraints {

    /** Kinds of identifier that match only together with another kind. */
    private static final Set<IdentifierKind> SHARED_BY_MANY = EnumSet.of(IdentifierKind.LAST_NAME,
            IdentifierKind.POSTCODE);

    private ResolutionConstraints() {
    }

    static void check(IdentityResolution resolution, Problems problems) {
        Map<Set<IdentifierKind>, MatchRule> byKinds = new HashMap<>();
        for (MatchRule rule : resolution.getMatchRules()) {
            Set<IdentifierKind> kinds = EnumSet.noneOf(IdentifierKind.class);
            if (rule.getKind() != null) {
                kinds.add(rule.getKind());
            }
            kinds.addAll(rule.getAlsoKinds());
            MatchRule first = kinds.isEmpty() ? null : byKinds.putIfAbsent(kinds, rule);
            if (first != null) {
                problems.report(ValidationRule.MATCH_RULE_DUPLICATE, rule, CxmPackage.Literals.MATCH_RULE__KIND,
                        CxmValidator.capitalized(ElementPath.describe(rule)) + " matches by " + literals(kinds)
                                + " like " + ElementPath.describe(first)
                                + "; keep one rule per identifier kind or combination of kinds.");
            }
            checkPair(rule, kinds, problems);
        }
        DataSourceConstraints.checkRegion(resolution, CxmPackage.Literals.IDENTITY_RESOLUTION__DEFAULT_REGION,
                resolution.getDefaultRegion(), problems);
    }

    /**
     * A pair rule names two different kinds or more; a last name or a postcode, which many people share,
     * matches only in a pair.
     */
    private static void checkPair(MatchRule rule, Set<IdentifierKind> kinds, Problems problems) {
        String label = CxmValidator.capitalized(ElementPath.describe(rule));
        if (!rule.getAlsoKinds().isEmpty() && kinds.size() != rule.getAlsoKinds().size() + 1) {
            problems.report(ValidationRule.MATCH_RULE_PAIR_INVALID, rule, CxmPackage.Literals.MATCH_RULE__ALSO_KINDS,
                    label + " names a kind of identifier twice (" + rule.getKind().getLiteral() + " with "
                            + rule.getAlsoKinds().stream().map(IdentifierKind::getLiteral).toList()
                            + "), so it is a pair rule with " + (kinds.size() == 1 ? "one kind" : "a repeated kind")
                            + "; pair different kinds, such as lastName with phone.");
        } else if (kinds.size() == 1 && SHARED_BY_MANY.contains(rule.getKind())) {
            problems.report(ValidationRule.MATCH_RULE_PAIR_INVALID, rule, CxmPackage.Literals.MATCH_RULE__ALSO_KINDS,
                    label + " matches by " + rule.getKind().getLiteral() + " alone, which many different people"
                            + " share; pair it with another kind (alsoKinds), such as phone or email.");
        }
    }

    private static String literals(Set<IdentifierKind> kinds) {
        return String.join(" and ", kinds.stream().map(IdentifierKind::getLiteral).toList());
    }

    static void check(BlockedValue blocked, Problems problems) {
        String problem = regexProblem(blocked.getPattern());
        if (problem != null) {
            problems.report(ValidationRule.BLOCKED_VALUE_INVALID, blocked, CxmPackage.Literals.BLOCKED_VALUE__PATTERN,
                    "Blocked value " + (blocked.getPattern() == null ? "" : "\"" + blocked.getPattern() + "\" ")
                            + problem);
        }
    }

    static void check(Condition condition, Problems problems) {
        String label = CxmValidator.capitalized(ElementPath.of(condition));
        ConditionOperator operator = condition.getOperator();
        boolean needsValue = operator != ConditionOperator.IS_EMPTY && operator != ConditionOperator.IS_NOT_EMPTY;
        if (condition.getField() == null || needsValue && condition.getValue() == null) {
            problems.report(ValidationRule.CONDITION_INVALID, condition, CxmPackage.Literals.CONDITION__VALUE,
                    label + " needs a field" + (needsValue ? " and a value to compare with" : "") + ".");
        } else if (operator == ConditionOperator.MATCHES && regexProblem(condition.getValue()) != null) {
            problems.report(ValidationRule.CONDITION_INVALID, condition, CxmPackage.Literals.CONDITION__VALUE,
                    label + " matches against \"" + condition.getValue() + "\", which "
                            + regexProblem(condition.getValue()));
        }
    }

    static void check(ClassificationRule rule, Problems problems) {
        String label = CxmValidator.capitalized(ElementPath.describe(rule));
        if (rule.getChannel() == null && rule.getTouchpoint() == null && rule.getStage() == null) {
            problems.report(ValidationRule.CLASSIFICATION_RULE_INVALID, rule,
                    CxmPackage.Literals.CLASSIFICATION_RULE__TOUCHPOINT,
                    label + " classifies to nothing; set the channel, touchpoint or stage it assigns.");
        } else if (rule.getTouchpoint() != null && rule.getStage() != null
                && JourneyQuery.stageOf(rule.getTouchpoint()) != rule.getStage()) {
            problems.report(ValidationRule.CLASSIFICATION_RULE_INVALID, rule,
                    CxmPackage.Literals.CLASSIFICATION_RULE__STAGE, label + " assigns "
                            + ElementPath.describe(rule.getTouchpoint()) + " with " + ElementPath.describe(rule.getStage())
                            + ", but the touchpoint is not in that stage; pick its own stage.");
        }
    }

    /** Why {@code pattern} is not a usable regular expression, or {@code null} when it is. */
    private static String regexProblem(String pattern) {
        if (pattern == null || pattern.isEmpty()) {
            return "is empty; give the value or regular expression to block.";
        }
        try {
            Pattern.compile(pattern);
            return null;
        } catch (PatternSyntaxException e) {
            return "is not a valid regular expression: " + e.getDescription() + " near index " + e.getIndex() + ".";
        }
    }
}
