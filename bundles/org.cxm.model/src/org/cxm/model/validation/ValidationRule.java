package org.cxm.model.validation;

import org.eclipse.emf.common.util.Diagnostic;

/**
 * The rules the {@link CxmValidator} checks. The code is the diagnostic code tools see; it never changes
 * once published, so markers and quick fixes can rely on it.
 */
public enum ValidationRule {
    ID_MISSING(1, Diagnostic.ERROR),
    ID_MALFORMED(2, Diagnostic.ERROR),
    ID_DUPLICATE(3, Diagnostic.ERROR),
    NAME_MISSING(4, Diagnostic.ERROR),
    NAME_DUPLICATE(5, Diagnostic.ERROR),
    REFERENCE_DANGLING(6, Diagnostic.ERROR),
    JOURNEY_PERSONA_MISSING(10, Diagnostic.ERROR),
    JOURNEY_CURRENT_STATE_KIND(11, Diagnostic.ERROR),
    STAGE_OUT_OF_ORDER(20, Diagnostic.ERROR),
    STAGE_DUPLICATE(21, Diagnostic.ERROR),
    TOUCHPOINT_CHANNEL_MISSING(30, Diagnostic.ERROR),
    TOUCHPOINT_OWNER_MISSING(31, Diagnostic.WARNING),
    EMOTION_OUT_OF_RANGE(32, Diagnostic.ERROR),
    MOMENT_OF_TRUTH_UNMEASURED(33, Diagnostic.ERROR),
    KPI_TARGET_MISSING(40, Diagnostic.ERROR),
    KPI_TARGET_BEHIND_BENCHMARK(41, Diagnostic.ERROR),
    KPI_SCOPE_OUTSIDE_JOURNEY(42, Diagnostic.ERROR),
    KPI_MEASURE_MISSING(43, Diagnostic.WARNING),
    KPI_MEASURE_INCOMPLETE(44, Diagnostic.ERROR),
    OPPORTUNITY_OWNER_MISSING(50, Diagnostic.ERROR),
    SOURCE_URL_INVALID(60, Diagnostic.ERROR),
    SOURCE_CREDENTIAL_NOT_REFERENCE(61, Diagnostic.ERROR),
    SOURCE_RETRY_INVALID(62, Diagnostic.ERROR),
    RECORD_SOURCE_ORIGIN_INVALID(63, Diagnostic.ERROR),
    SQL_IDENTIFIER_INVALID(64, Diagnostic.ERROR),
    RECORD_SOURCE_KEY_MISSING(65, Diagnostic.ERROR),
    RECORD_SOURCE_CURSOR_MISSING(66, Diagnostic.WARNING),
    RECORD_SOURCE_DELETE_MARKER_INCOMPLETE(67, Diagnostic.ERROR),
    RECORD_SOURCE_LIMITS_INVALID(68, Diagnostic.ERROR),
    FIELD_MAPPED_TWICE(69, Diagnostic.ERROR),
    RECORD_SOURCE_MAPPING_MISSING(70, Diagnostic.ERROR),
    CUSTOMER_IDENTIFIERS_MISSING(71, Diagnostic.WARNING),
    CLASSIFICATION_RULE_INVALID(72, Diagnostic.ERROR),
    CONDITION_INVALID(73, Diagnostic.ERROR),
    MATCH_RULE_DUPLICATE(74, Diagnostic.ERROR),
    BLOCKED_VALUE_INVALID(75, Diagnostic.ERROR),
    REGION_UNKNOWN(76, Diagnostic.ERROR),
    MATCH_RULE_PAIR_INVALID(77, Diagnostic.ERROR),
    RECORD_SOURCE_FILTER_INVALID(78, Diagnostic.ERROR),
    NAMED_QUERY_INVALID(79, Diagnostic.ERROR),
    NAMED_QUERY_UNUSED(80, Diagnostic.WARNING),
    REGION_COLUMN_NOT_PHONE(81, Diagnostic.WARNING),
    API_SETTINGS_INVALID(90, Diagnostic.ERROR),
    API_REQUEST_INVALID(91, Diagnostic.ERROR),
    FIELD_PATH_INVALID(92, Diagnostic.ERROR),
    API_NOT_INCREMENTAL(93, Diagnostic.WARNING);

    private final int code;

    private final int severity;

    ValidationRule(int code, int severity) {
        this.code = code;
        this.severity = severity;
    }

    /** The diagnostic code of problems found by this rule. */
    public int code() {
        return code;
    }

    /** The {@link Diagnostic} severity of problems found by this rule. */
    public int severity() {
        return severity;
    }

    /** The rule with diagnostic code {@code code}, or {@code null}. */
    public static ValidationRule forCode(int code) {
        for (ValidationRule rule : values()) {
            if (rule.code == code) {
                return rule;
            }
        }
        return null;
    }
}
