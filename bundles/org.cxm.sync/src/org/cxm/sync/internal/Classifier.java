package org.cxm.sync.internal;

import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.cxm.model.ClassificationRule;
import org.cxm.model.Condition;
import org.cxm.model.ConditionOperator;
import org.cxm.model.RecordSource;
import org.cxm.model.Stage;
import org.cxm.model.query.JourneyQuery;

/**
 * Classifies a mapped record to the channel, touchpoint and journey stage the architects modelled: the
 * first of the record source's rules whose conditions all hold wins. Text comparisons ignore case.
 */
final class Classifier {

    /** The model element ids a record realises; any may be {@code null}. */
    record Classification(String channelId, String touchpointId, String stageId) {

        static final Classification NONE = new Classification(null, null, null);
    }

    private final RecordSource source;

    /** The MATCHES patterns, compiled once per run rather than once per record. */
    private final Map<Condition, Pattern> patterns = new IdentityHashMap<>();

    Classifier(RecordSource source) {
        this.source = source;
        for (ClassificationRule rule : source.getClassificationRules()) {
            for (Condition condition : rule.getConditions()) {
                if (condition.getOperator() == ConditionOperator.MATCHES && condition.getValue() != null) {
                    patterns.put(condition, Pattern.compile(condition.getValue(), Pattern.CASE_INSENSITIVE));
                }
            }
        }
    }

    Classification classify(MappedRecord record) {
        for (ClassificationRule rule : source.getClassificationRules()) {
            if (rule.getConditions().stream().allMatch(condition -> holds(condition, record))) {
                return classificationOf(rule);
            }
        }
        return Classification.NONE;
    }

    private static Classification classificationOf(ClassificationRule rule) {
        Stage stage = rule.getStage();
        if (stage == null && rule.getTouchpoint() != null) {
            stage = JourneyQuery.stageOf(rule.getTouchpoint());
        }
        String channel = rule.getChannel() != null ? rule.getChannel().getId()
                : rule.getTouchpoint() != null && rule.getTouchpoint().getChannel() != null
                        ? rule.getTouchpoint().getChannel().getId()
                        : null;
        return new Classification(channel, rule.getTouchpoint() == null ? null : rule.getTouchpoint().getId(),
                stage == null ? null : stage.getId());
    }

    private boolean holds(Condition condition, MappedRecord record) {
        String actual = record.text(condition.getField());
        String expected = condition.getValue();
        return switch (condition.getOperator()) {
            case IS_EMPTY -> actual == null || actual.isBlank();
            case IS_NOT_EMPTY -> actual != null && !actual.isBlank();
            case EQUALS -> actual != null && actual.equalsIgnoreCase(expected);
            case NOT_EQUALS -> actual == null || !actual.equalsIgnoreCase(expected);
            case CONTAINS -> actual != null && lower(actual).contains(lower(expected));
            case STARTS_WITH -> actual != null && lower(actual).startsWith(lower(expected));
            case MATCHES -> actual != null && patterns.get(condition).matcher(actual).matches();
        };
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
