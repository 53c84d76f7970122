package org.cxm.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;

import org.cxm.model.BlockedValue;
import org.cxm.model.CanonicalField;
import org.cxm.model.ClassificationRule;
import org.cxm.model.Condition;
import org.cxm.model.ConditionOperator;
import org.cxm.model.CxmFactory;
import org.cxm.model.DataSource;
import org.cxm.model.DatabaseKind;
import org.cxm.model.FieldMapping;
import org.cxm.model.IdentifierKind;
import org.cxm.model.IdentityMapping;
import org.cxm.model.IdentityResolution;
import org.cxm.model.MatchRule;
import org.cxm.model.RecordKind;
import org.cxm.model.RecordSource;
import org.cxm.model.SystemKind;
import org.cxm.model.validation.ModelValidation;
import org.cxm.model.validation.ValidationRule;
import org.cxm.tests.support.ModelFixture;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;

/** The integration part of the model is validated with messages that say what to fix. */
class IntegrationRulesTest {

    private static final CxmFactory FACTORY = CxmFactory.eINSTANCE;

    private final ModelFixture fixture = new ModelFixture();

    private final DataSource crm = FACTORY.createDataSource();

    private final RecordSource contacts = FACTORY.createRecordSource();

    private final RecordSource calls = FACTORY.createRecordSource();

    IntegrationRulesTest() {
        crm.setName("CRM");
        crm.setSystemKind(SystemKind.CRM);
        crm.setDatabaseKind(DatabaseKind.MARIADB);
        crm.setJdbcUrl("jdbc:mariadb://localhost/crm");
        crm.setCredential("env:CRM_PASSWORD");
        contacts.setName("Contacts");
        contacts.setKind(RecordKind.CUSTOMER);
        contacts.setTable("contacts");
        contacts.getPrimaryKey().add("id");
        contacts.getCursorColumns().add("date_modified");
        contacts.getIdentityMappings().add(identity("email1", IdentifierKind.EMAIL));
        calls.setName("Calls");
        calls.setKind(RecordKind.CALL);
        calls.setTable("calls");
        calls.getPrimaryKey().add("id");
        calls.getCursorColumns().add("date_modified");
        calls.setCustomerSource(contacts);
        calls.getFieldMappings().add(field("date_start", CanonicalField.OCCURRED_AT));
        calls.getFieldMappings().add(field("parent_id", CanonicalField.CUSTOMER_REF));
        crm.getRecordSources().addAll(List.of(contacts, calls));
        fixture.model.getDataSources().add(crm);
    }

    @Test
    void aCompleteSourceIsValid() {
        assertEquals(List.of(), ModelValidation.problems(ModelValidation.validate(fixture.model)).stream()
                .map(Diagnostic::getMessage).toList());
    }

    @Test
    void aPasswordInTheModelIsRefused() {
        crm.setCredential("s3cret!");
        assertProblem(ValidationRule.SOURCE_CREDENTIAL_NOT_REFERENCE, crm, "never put a password in the model",
                "env:VARIABLE");
    }

    @Test
    void urlMustMatchTheDatabaseKind() {
        crm.setJdbcUrl("jdbc:postgresql://localhost/crm");
        assertProblem(ValidationRule.SOURCE_URL_INVALID, crm, "is a mariadb database but its URL");
    }

    @Test
    void tableNamesMustBePlainSqlNames() {
        contacts.setTable("contacts; DROP TABLE contacts");
        assertProblem(ValidationRule.SQL_IDENTIFIER_INVALID, contacts, "is not a plain SQL name");
    }

    @Test
    void columnNamesMustBePlainSqlNames() {
        contacts.getCursorColumns().set(0, "date modified");
        assertProblem(ValidationRule.SQL_IDENTIFIER_INVALID, contacts, "cursor column \"date modified\"");
    }

    @Test
    void queriesMustBeOneSelect() {
        contacts.setTable(null);
        contacts.setQuery("SELECT * FROM contacts; DELETE FROM contacts");
        assertProblem(ValidationRule.SQL_IDENTIFIER_INVALID, contacts, "not a single SELECT");
    }

    @Test
    void tableOrQueryButNotBoth() {
        contacts.setQuery("SELECT * FROM contacts");
        assertProblem(ValidationRule.RECORD_SOURCE_ORIGIN_INVALID, contacts, "both a table and a query");
    }

    @Test
    void batchSizeLookBackAndReconciliationIntervalHaveLimits() {
        contacts.setReconcileEveryHours(-1);
        assertProblem(ValidationRule.RECORD_SOURCE_LIMITS_INVALID, contacts, "reconciled every -1 h");
        contacts.setReconcileEveryHours(24);
        contacts.setBatchSize(0);
        assertProblem(ValidationRule.RECORD_SOURCE_LIMITS_INVALID, contacts, "reads batches of 0");
    }

    @Test
    void keyIsRequired() {
        contacts.getPrimaryKey().clear();
        assertProblem(ValidationRule.RECORD_SOURCE_KEY_MISSING, contacts, "has no key column");
    }

    @Test
    void noCursorMeansFullReadsAndIsAWarning() {
        contacts.getCursorColumns().clear();
        Diagnostic problem = assertProblem(ValidationRule.RECORD_SOURCE_CURSOR_MISSING, contacts, "reads the whole table");
        assertEquals(Diagnostic.WARNING, problem.getSeverity());
    }

    @Test
    void softDeleteMarkerNeedsColumnAndValue() {
        contacts.setDeletedColumn("deleted");
        assertProblem(ValidationRule.RECORD_SOURCE_DELETE_MARKER_INCOMPLETE, contacts, "deleted = 1");
    }

    @Test
    void interactionsNeedATime() {
        calls.getFieldMappings().remove(0);
        assertProblem(ValidationRule.RECORD_SOURCE_MAPPING_MISSING, calls, "maps no occurredAt");
    }

    @Test
    void interactionsNeedACustomer() {
        calls.setCustomerSource(null);
        assertProblem(ValidationRule.RECORD_SOURCE_MAPPING_MISSING, calls, "cannot tell whose call a record is");
    }

    @Test
    void aFieldIsMappedOnce() {
        FieldMapping twice = field("date_end", CanonicalField.OCCURRED_AT);
        calls.getFieldMappings().add(twice);
        assertProblem(ValidationRule.FIELD_MAPPED_TWICE, twice, "maps occurredAt twice");
    }

    @Test
    void oneMatchRulePerIdentifierKind() {
        IdentityResolution resolution = FACTORY.createIdentityResolution();
        MatchRule email = matchRule("Same email", IdentifierKind.EMAIL);
        MatchRule again = matchRule("Email again", IdentifierKind.EMAIL);
        resolution.getMatchRules().addAll(List.of(email, again));
        fixture.model.setIdentityResolution(resolution);
        assertProblem(ValidationRule.MATCH_RULE_DUPLICATE, again, "matches by email like match rule \"Same email\"");
    }

    @Test
    void blockedValuesAreValidRegularExpressions() {
        IdentityResolution resolution = FACTORY.createIdentityResolution();
        BlockedValue blocked = FACTORY.createBlockedValue();
        blocked.setPattern("noreply@(.*");
        resolution.getBlockedValues().add(blocked);
        fixture.model.setIdentityResolution(resolution);
        assertProblem(ValidationRule.BLOCKED_VALUE_INVALID, blocked, "not a valid regular expression");
    }

    @Test
    void classificationRuleTouchpointMustBeInItsStage() {
        ClassificationRule rule = FACTORY.createClassificationRule();
        rule.setName("Inbound calls");
        rule.setTouchpoint(fixture.checkout);
        rule.setStage(fixture.stage(0));
        calls.getClassificationRules().add(rule);
        assertProblem(ValidationRule.CLASSIFICATION_RULE_INVALID, rule, "the touchpoint is not in that stage");
    }

    @Test
    void conditionsNeedAValue() {
        ClassificationRule rule = FACTORY.createClassificationRule();
        rule.setName("Inbound");
        rule.setChannel(fixture.web);
        Condition condition = FACTORY.createCondition();
        condition.setField(CanonicalField.DIRECTION);
        condition.setOperator(ConditionOperator.EQUALS);
        rule.getConditions().add(condition);
        calls.getClassificationRules().add(rule);
        assertProblem(ValidationRule.CONDITION_INVALID, condition, "a value to compare with");
    }

    private Diagnostic assertProblem(ValidationRule rule, EObject element, String... fragments) {
        List<Diagnostic> problems = ModelValidation.problems(ModelValidation.validate(fixture.model));
        List<Diagnostic> matching = problems.stream()
                .filter(p -> p.getCode() == rule.code() && p.getData().get(0) == element)
                .toList();
        if (matching.size() != 1) {
            fail("expected one " + rule + " problem, got " + problems.stream().map(Diagnostic::getMessage).toList());
        }
        for (String fragment : fragments) {
            assertTrue(matching.get(0).getMessage().contains(fragment), matching.get(0).getMessage());
        }
        return matching.get(0);
    }

    private static IdentityMapping identity(String column, IdentifierKind kind) {
        IdentityMapping mapping = FACTORY.createIdentityMapping();
        mapping.setColumn(column);
        mapping.setKind(kind);
        return mapping;
    }

    private static FieldMapping field(String column, CanonicalField field) {
        FieldMapping mapping = FACTORY.createFieldMapping();
        mapping.setColumn(column);
        mapping.setField(field);
        return mapping;
    }

    private static MatchRule matchRule(String name, IdentifierKind kind) {
        MatchRule rule = FACTORY.createMatchRule();
        rule.setName(name);
        rule.setKind(kind);
        return rule;
    }
}
