package org.cxm.model.validation;

import java.util.EnumMap;
import java.util.Map;
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

    private ResolutionConstraints() {
    }

    static void check(IdentityResolution resolution, Problems problems) {
        Map<IdentifierKind, MatchRule> byKind = new EnumMap<>(IdentifierKind.class);
        for (MatchRule rule : resolution.getMatchRules()) {
            MatchRule first = rule.getKind() == null ? null : byKind.putIfAbsent(rule.getKind(), rule);
            if (first != null) {
                problems.report(ValidationRule.MATCH_RULE_DUPLICATE, rule, CxmPackage.Literals.MATCH_RULE__KIND,
                        CxmValidator.capitalized(ElementPath.describe(rule)) + " matches by "
                                + rule.getKind().getLiteral() + " like " + ElementPath.describe(first)
                                + "; keep one rule per identifier kind.");
            }
        }
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
