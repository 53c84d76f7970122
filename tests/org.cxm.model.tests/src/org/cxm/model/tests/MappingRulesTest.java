package org.cxm.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.cxm.model.CanonicalField;
import org.cxm.model.CxModel;
import org.cxm.model.CxmFactory;
import org.cxm.model.DataSource;
import org.cxm.model.DatabaseKind;
import org.cxm.model.FieldMapping;
import org.cxm.model.IdentifierKind;
import org.cxm.model.IdentityMapping;
import org.cxm.model.IdentityResolution;
import org.cxm.model.MatchRule;
import org.cxm.model.NamedQuery;
import org.cxm.model.RecordKind;
import org.cxm.model.RecordSource;
import org.cxm.model.resource.CxmFiles;
import org.cxm.model.resource.ModelLoadException;
import org.cxm.model.validation.ModelValidation;
import org.cxm.model.validation.ValidationRule;
import org.cxm.tests.support.ModelFixture;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The mapping features of issue 12 are validated with messages that say what and where: phone regions,
 * pair match rules, and named queries that several record sources read with their own filters.
 */
class MappingRulesTest {

    private static final CxmFactory FACTORY = CxmFactory.eINSTANCE;

    private final ModelFixture fixture = new ModelFixture();

    private final DataSource odoo = dataSource("Odoo");

    private final NamedQuery chatter = FACTORY.createNamedQuery();

    private final RecordSource emails = interactions("Chatter e-mails", "message_type IN ('email', 'email_outgoing')");

    private final RecordSource notes = interactions("Chatter notes", "message_type = 'comment'");

    private final IdentityResolution resolution = FACTORY.createIdentityResolution();

    MappingRulesTest() {
        RecordSource partners = FACTORY.createRecordSource();
        partners.setName("Partners");
        partners.setKind(RecordKind.CUSTOMER);
        partners.setTable("res_partner");
        partners.getPrimaryKey().add("id");
        partners.getCursorColumns().add("write_date");
        IdentityMapping phone = identity("phone", IdentifierKind.PHONE);
        phone.setRegionColumn("country_code");
        partners.getIdentityMappings().addAll(List.of(identity("email", IdentifierKind.EMAIL), phone,
                identity("name", IdentifierKind.LAST_NAME)));
        chatter.setName("chatter messages");
        chatter.setSql("SELECT m.id, m.message_type, m.body, m.partner_id, m.date, m.write_date FROM mail_message m");
        odoo.getQueries().add(chatter);
        odoo.getRecordSources().addAll(List.of(partners, emails, notes));
        emails.setCustomerSource(partners);
        notes.setCustomerSource(partners);
        resolution.setDefaultRegion("pt");
        resolution.getMatchRules().add(rule("Same e-mail", IdentifierKind.EMAIL));
        MatchRule pair = rule("Same last name and phone", IdentifierKind.LAST_NAME);
        pair.getAlsoKinds().add(IdentifierKind.PHONE);
        resolution.getMatchRules().add(pair);
        fixture.model.getDataSources().add(odoo);
        fixture.model.setIdentityResolution(resolution);
    }

    @Test
    void recordSourcesSharingANamedQueryWithFiltersAndAPairRuleAreValid() {
        assertEquals(List.of(), ModelValidation.problems(ModelValidation.validate(fixture.model)).stream()
                .map(Diagnostic::getMessage).toList());
    }

    @Test
    void aDefaultRegionMustBeAnIsoCountryCode() {
        resolution.setDefaultRegion("Portugal");
        odoo.setDefaultRegion("XX");
        assertProblem(ValidationRule.REGION_UNKNOWN, resolution, "default region \"Portugal\"",
                "no ISO 3166 alpha-2 country code");
        assertProblem(ValidationRule.REGION_UNKNOWN, odoo, "Data source \"Odoo\" has the default region \"XX\"");
    }

    @Test
    void aRegionColumnOfAnythingButAPhoneIsUnused() {
        IdentityMapping mail = identity("email", IdentifierKind.EMAIL);
        mail.setRegionColumn("country_code");
        odoo.getRecordSources().get(0).getIdentityMappings().add(mail);
        Diagnostic problem = assertProblem(ValidationRule.REGION_COLUMN_NOT_PHONE, mail,
                "only phone numbers are read by region");
        assertEquals(Diagnostic.WARNING, problem.getSeverity());
    }

    @Test
    void aPairRuleNeedsTwoDifferentKinds() {
        MatchRule phoneTwice = rule("Phone and phone", IdentifierKind.PHONE);
        phoneTwice.getAlsoKinds().add(IdentifierKind.PHONE);
        resolution.getMatchRules().add(phoneTwice);
        assertProblem(ValidationRule.MATCH_RULE_PAIR_INVALID, phoneTwice, "Match rule \"Phone and phone\"",
                "pair rule with one kind", "pair different kinds");
    }

    @Test
    void aLastNameOrPostcodeMatchesOnlyInAPair() {
        MatchRule postcode = rule("Same postcode", IdentifierKind.POSTCODE);
        resolution.getMatchRules().add(postcode);
        assertProblem(ValidationRule.MATCH_RULE_PAIR_INVALID, postcode, "matches by postcode alone",
                "pair it with another kind");
    }

    @Test
    void thePairOfKindsMatchesInOneRule() {
        MatchRule again = rule("Phone and last name", IdentifierKind.PHONE);
        again.getAlsoKinds().add(IdentifierKind.LAST_NAME);
        resolution.getMatchRules().add(again);
        assertProblem(ValidationRule.MATCH_RULE_DUPLICATE, again, "matches by phone and lastName like match rule"
                + " \"Same last name and phone\"");
    }

    @Test
    void aFilterIsOneCondition() {
        notes.setFilter("message_type = 'comment') OR (1 = 1");
        assertProblem(ValidationRule.RECORD_SOURCE_FILTER_INVALID, notes, "Record source \"Chatter notes\"",
                "closes a parenthesis it did not open");
        notes.setFilter("message_type = 'comment'; DELETE FROM mail_message");
        assertProblem(ValidationRule.RECORD_SOURCE_FILTER_INVALID, notes, "has a semicolon");
        notes.setFilter("message_type = 'comment' -- and more");
        assertProblem(ValidationRule.RECORD_SOURCE_FILTER_INVALID, notes, "has a comment");
        notes.setFilter("body LIKE '%; -- (not a comment)%'");
        assertEquals(List.of(), ModelValidation.problems(ModelValidation.validate(fixture.model)).stream()
                .map(Diagnostic::getMessage).toList(), "quoted text may hold anything");
    }

    @Test
    void aRecordSourceReadsOneOfTableQueryAndNamedQuery() {
        notes.setTable("mail_message");
        assertProblem(ValidationRule.RECORD_SOURCE_ORIGIN_INVALID, notes,
                "has both a table and a named query; keep one");
    }

    @Test
    void aNamedQueryOfAnotherDataSourceIsRefused() {
        DataSource other = dataSource("Other ERP");
        NamedQuery elsewhere = FACTORY.createNamedQuery();
        elsewhere.setName("elsewhere");
        elsewhere.setSql("SELECT * FROM mail_message");
        other.getQueries().add(elsewhere);
        fixture.model.getDataSources().add(other);
        notes.setNamedQuery(elsewhere);
        assertProblem(ValidationRule.RECORD_SOURCE_ORIGIN_INVALID, notes, "reads data source \"Other ERP\" / named"
                + " query \"elsewhere\", a query of another data source");
    }

    @Test
    void aRemovedNamedQueryIsADanglingReference() {
        odoo.getQueries().remove(chatter);
        assertProblem(ValidationRule.REFERENCE_DANGLING, notes, "'namedQuery'", "named query \"chatter messages\"");
    }

    @Test
    void aNamedQueryIsOneSelectThatIsRead() {
        chatter.setSql("DELETE FROM mail_message");
        assertProblem(ValidationRule.NAMED_QUERY_INVALID, chatter, "named query \"chatter messages\"",
                "not a single SELECT");
        emails.setNamedQuery(null);
        emails.setTable("mail_message");
        notes.setNamedQuery(null);
        notes.setTable("mail_message");
        Diagnostic unused = assertProblem(ValidationRule.NAMED_QUERY_UNUSED, chatter, "is read by no record source");
        assertEquals(Diagnostic.WARNING, unused.getSeverity());
    }

    @Test
    void namedQueriesFiltersRegionsAndPairRulesSurviveAFile(@TempDir Path directory) throws Exception {
        Path file = directory.resolve("odoo.cxm");
        CxmFiles.save(fixture.model, file);
        CxModel loaded = CxmFiles.load(file);

        DataSource source = loaded.getDataSources().get(0);
        RecordSource loadedNotes = source.getRecordSources().get(2);
        assertEquals(source.getQueries().get(0), loadedNotes.getNamedQuery());
        assertEquals("message_type = 'comment'", loadedNotes.getFilter());
        assertEquals("country_code", source.getRecordSources().get(0).getIdentityMappings().get(1).getRegionColumn());
        assertEquals(List.of(IdentifierKind.PHONE),
                loaded.getIdentityResolution().getMatchRules().get(1).getAlsoKinds());
        assertTrue(Files.readString(file).contains("namedQuery=\"" + chatter.getId() + "\""),
                "the record source refers to the query by its id");
    }

    @Test
    void aRecordSourceNamingAnUnknownQueryInItsFileIsReported(@TempDir Path directory) throws Exception {
        Path file = directory.resolve("odoo.cxm");
        CxmFiles.save(fixture.model, file);
        Files.writeString(file, Files.readString(file).replace("namedQuery=\"" + chatter.getId() + "\"",
                "namedQuery=\"no-such-query\""));
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> CxmFiles.load(file));
        assertTrue(e.getMessage().contains("no-such-query"), e.getMessage());
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

    private RecordSource interactions(String name, String filter) {
        RecordSource source = FACTORY.createRecordSource();
        source.setName(name);
        source.setKind(RecordKind.NOTE);
        source.setNamedQuery(chatter);
        source.setFilter(filter);
        source.getPrimaryKey().add("id");
        source.getCursorColumns().add("write_date");
        source.getFieldMappings().add(field("date", CanonicalField.OCCURRED_AT));
        source.getFieldMappings().add(field("partner_id", CanonicalField.CUSTOMER_REF));
        return source;
    }

    private static DataSource dataSource(String name) {
        DataSource source = FACTORY.createDataSource();
        source.setName(name);
        source.setDatabaseKind(DatabaseKind.POSTGRESQL);
        source.setJdbcUrl("jdbc:postgresql://localhost/odoo");
        source.setCredential("env:ODOO_PASSWORD");
        return source;
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

    private static MatchRule rule(String name, IdentifierKind kind) {
        MatchRule rule = FACTORY.createMatchRule();
        rule.setName(name);
        rule.setKind(kind);
        return rule;
    }
}
