package org.cxm.sync.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cxm.history.Customer;
import org.cxm.history.CustomerViews;
import org.cxm.history.HistoryStore;
import org.cxm.identity.CustomerMerger;
import org.cxm.identity.DryRun;
import org.cxm.identity.GoldenRecords;
import org.cxm.identity.MatchRules;
import org.cxm.model.CanonicalField;
import org.cxm.model.CxmFactory;
import org.cxm.model.DataSource;
import org.cxm.model.IdentifierKind;
import org.cxm.model.IdentityResolution;
import org.cxm.model.MatchRule;
import org.cxm.model.RecordKind;
import org.cxm.model.RecordSource;
import org.cxm.model.SurvivorshipStrategy;
import org.cxm.sync.SyncSummary;
import org.cxm.tests.support.OpenStores;
import org.cxm.tests.support.SourceDatabase;
import org.cxm.tests.support.SyncFixture;
import org.cxm.tests.support.TestStores;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * A customer known to the CRM with one e-mail and to the ERP with another, but the same phone, is one
 * customer when the rules match by phone; the reason is journaled, an unmerge restores both, and a
 * dry-run tells what a rule change would do before it is applied.
 */
class IdentityResolutionTest {

    static final List<String> STORES = TestStores.kinds();

    @RegisterExtension
    final OpenStores stores = new OpenStores();

    @ParameterizedTest
    @FieldSource("STORES")
    void samePhoneAcrossSystemsMakesOneCustomerAndSaysWhy(String kind) throws Exception {
        try (SourceDatabase crm = new SourceDatabase()) {
            SyncFixture fixture = twoSystems(crm);
            HistoryStore store = stores.open(kind);

            SyncSummary summary = fixture.sync(store);

            assertEquals(List.of(), summary.failures());
            assertEquals(1, summary.merged());
            List<Customer> byCrmMail = store.customersByIdentifier("ana@home.example");
            List<Customer> byErpMail = store.customersByIdentifier("a.silva@work.example");
            assertEquals(1, byCrmMail.size());
            assertEquals(byCrmMail, byErpMail, "both e-mails lead to the same customer");
            assertEquals("Ana Silva", byCrmMail.get(0).displayName(), "the more trusted CRM names her");
            Map<String, Object> merge = store.jdbi().withHandle(h -> h.createQuery(
                    "SELECT rule, identifier_kind, identifier_value FROM merge_journal").mapToMap().one());
            assertEquals("Same phone", merge.get("rule"));
            assertEquals("PHONE", merge.get("identifier_kind"));
            assertEquals("+491512345678", merge.get("identifier_value"));
            long active = store.jdbi().withHandle(h -> h.createQuery(
                    "SELECT COUNT(*) FROM customer WHERE merged_into IS NULL").mapTo(Long.class).one());
            assertEquals(2, active, "Ana, and Ben on his own");
            assertEquals(byCrmMail, new CustomerViews(store).search("a.silva@work", 10),
                    "a rep searching the ERP's e-mail finds the merged customer");
        }
    }

    @ParameterizedTest
    @FieldSource("STORES")
    void unmergeRestoresBothCustomersAndTheyStayApart(String kind) throws Exception {
        try (SourceDatabase crm = new SourceDatabase()) {
            SyncFixture fixture = twoSystems(crm);
            HistoryStore store = stores.open(kind);
            fixture.sync(store);
            long journal = store.jdbi().withHandle(h -> h.createQuery("SELECT id FROM merge_journal")
                    .mapTo(Long.class).one());

            store.jdbi().useTransaction(h -> new CustomerMerger().unmerge(h, journal,
                    new GoldenRecords(SurvivorshipStrategy.SOURCE_PRIORITY)));
            crm.contact("c1", "Ana", "Silva", "ana@home.example", "+49 151 2345678", "2026-11-09 09:00:00");
            fixture.sync(store);

            List<Customer> home = store.customersByIdentifier("ana@home.example");
            List<Customer> work = store.customersByIdentifier("a.silva@work.example");
            assertEquals(1, home.size());
            assertEquals(1, work.size());
            assertTrue(home.get(0).id() != work.get(0).id(), "the unmerged customers are not merged again");
            assertEquals(work, new CustomerViews(store).search("a.silva@work", 10),
                    "search finds the unmerged customer under the ERP's e-mail");
            assertEquals(home, new CustomerViews(store).search("ana@home", 10));
        }
    }

    @ParameterizedTest
    @FieldSource("STORES")
    void dryRunReportsWhatARuleChangeWouldMergeAndSplit(String kind) throws Exception {
        try (SourceDatabase crm = new SourceDatabase()) {
            SyncFixture fixture = twoSystems(crm);
            HistoryStore store = stores.open(kind);
            fixture.sync(store);
            long ana = store.customersByIdentifier("ana@home.example").get(0).id();

            IdentityResolution emailOnly = CxmFactory.eINSTANCE.createIdentityResolution();
            emailOnly.getMatchRules().add(rule("Same e-mail", IdentifierKind.EMAIL));
            DryRun.Report report = store.jdbi().withHandle(h -> DryRun.of(h, MatchRules.of(emailOnly)));

            assertEquals(List.of(), report.merges());
            assertEquals(1, report.splits().size());
            assertEquals(ana, report.splits().get(0).customer());
            assertEquals(Set.of(Set.of("CRM/contacts:c1"), Set.of("ERP/res_partner:7")),
                    Set.copyOf(report.splits().get(0).groups()));
        }
    }

    /** The CRM knows Ana by her home e-mail, the ERP by her work e-mail; both have her mobile number. */
    private static SyncFixture twoSystems(SourceDatabase crm) throws Exception {
        crm.execute("CREATE TABLE res_partner (id INT PRIMARY KEY, name VARCHAR(200), email VARCHAR(200),"
                + " mobile VARCHAR(40), write_date TIMESTAMP, active BOOLEAN)");
        crm.update("INSERT INTO res_partner VALUES (7, 'A. Silva', 'A.Silva@work.example', '+49 (0)151 2345678',"
                + " TIMESTAMP '2026-11-02 08:00:00', TRUE)");
        crm.update("INSERT INTO res_partner VALUES (8, 'Ben Brown', 'ben@example.com', '+44 20 7946 0000',"
                + " TIMESTAMP '2026-11-02 08:00:00', TRUE)");
        crm.contact("c1", "Ana", "Silva", "ana@home.example", "+49 151 2345678", "2026-11-01 09:00:00");
        SyncFixture fixture = new SyncFixture(crm);
        fixture.crm.setPriority(1);
        DataSource erp = CxmFactory.eINSTANCE.createDataSource();
        erp.setName("ERP");
        erp.setJdbcUrl(crm.url);
        erp.setUser("sa");
        erp.setPriority(2);
        RecordSource partners = CxmFactory.eINSTANCE.createRecordSource();
        partners.setName("res_partner");
        partners.setKind(RecordKind.CUSTOMER);
        partners.setTable("res_partner");
        partners.getPrimaryKey().add("id");
        partners.getCursorColumns().add("write_date");
        partners.setDeletedColumn("active");
        partners.setDeletedValue("false");
        partners.getFieldMappings().add(SyncFixture.field("name", CanonicalField.DISPLAY_NAME));
        partners.getIdentityMappings().add(SyncFixture.identity("email", IdentifierKind.EMAIL));
        partners.getIdentityMappings().add(SyncFixture.identity("mobile", IdentifierKind.PHONE));
        erp.getRecordSources().add(partners);
        fixture.model.model.getDataSources().add(erp);
        IdentityResolution rules = CxmFactory.eINSTANCE.createIdentityResolution();
        rules.getMatchRules().add(rule("Same e-mail", IdentifierKind.EMAIL));
        rules.getMatchRules().add(rule("Same phone", IdentifierKind.PHONE));
        fixture.model.model.setIdentityResolution(rules);
        return fixture;
    }

    private static MatchRule rule(String name, IdentifierKind kind) {
        MatchRule rule = CxmFactory.eINSTANCE.createMatchRule();
        rule.setName(name);
        rule.setKind(kind);
        return rule;
    }
}
