package org.cxm.sync.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Map;

import org.cxm.history.HistoryStore;
import org.cxm.model.BlockedValue;
import org.cxm.model.CxmFactory;
import org.cxm.model.IdentifierKind;
import org.cxm.model.IdentityResolution;
import org.cxm.model.MatchRule;
import org.cxm.sync.SyncSummary;
import org.cxm.tests.support.OpenStores;
import org.cxm.tests.support.SourceDatabase;
import org.cxm.tests.support.SyncFixture;
import org.cxm.tests.support.TestStores;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * A switchboard number several people share is blocked, so the phone alone merges no one; a pair rule on
 * last name and phone still makes the same person one customer, in one batch and across runs, and the
 * merge is journaled with the rule and both values.
 */
class PairRuleTest {

    static final List<String> STORES = TestStores.kinds();

    @RegisterExtension
    final OpenStores stores = new OpenStores();

    private static final String SWITCHBOARD = "+493012345600";

    @ParameterizedTest
    @FieldSource("STORES")
    void theSameNameAndSharedPhoneMakeOneCustomerDifferentNamesStayApart(String kind) throws Exception {
        try (SourceDatabase crm = new SourceDatabase()) {
            crm.contact("c1", "Ana", "Silva", "ana@a.example", "030 12345600", "2026-11-01 09:00:00");
            crm.contact("c2", "Rui", "Costa", "rui@b.example", "030 12345600", "2026-11-01 09:00:00");
            crm.contact("c3", "Ana", "SILVA ", "ana.silva@c.example", "+49 30 12345600", "2026-11-01 09:00:00");
            SyncFixture fixture = fixture(crm, false);
            HistoryStore store = stores.open(kind);

            SyncSummary summary = fixture.sync(store);

            assertEquals(List.of(), summary.failures());
            assertEquals(1, summary.merged());
            assertSilvaIsOneAndCostaApart(store);
        }
    }

    @ParameterizedTest
    @FieldSource("STORES")
    void aPairArrivingInALaterRunMergesWithTheStoredCustomer(String kind) throws Exception {
        try (SourceDatabase crm = new SourceDatabase()) {
            crm.contact("c1", "Ana", "Silva", "ana@a.example", "030 12345600", "2026-11-01 09:00:00");
            crm.contact("c2", "Rui", "Costa", "rui@b.example", "030 12345600", "2026-11-01 09:00:00");
            SyncFixture fixture = fixture(crm, false);
            HistoryStore store = stores.open(kind);
            fixture.sync(store);
            crm.contact("c3", "Ana", "Silva", "ana.silva@c.example", "+49 30 12345600", "2026-11-02 09:00:00");

            SyncSummary second = fixture.sync(store);

            assertEquals(1, second.merged());
            assertSilvaIsOneAndCostaApart(store);
        }
    }

    @ParameterizedTest
    @FieldSource("STORES")
    void aValueBlockedForPairsKeepsEvenThePairApart(String kind) throws Exception {
        try (SourceDatabase crm = new SourceDatabase()) {
            crm.contact("c1", "Ana", "Silva", "ana@a.example", "030 12345600", "2026-11-01 09:00:00");
            crm.contact("c3", "Ana", "Silva", "ana.silva@c.example", "+49 30 12345600", "2026-11-01 09:00:00");
            SyncFixture fixture = fixture(crm, true);
            HistoryStore store = stores.open(kind);

            SyncSummary summary = fixture.sync(store);

            assertEquals(0, summary.merged());
            assertNotEquals(id(store, "ana@a.example"), id(store, "ana.silva@c.example"));
        }
    }

    private static void assertSilvaIsOneAndCostaApart(HistoryStore store) {
        assertEquals(id(store, "ana@a.example"), id(store, "ana.silva@c.example"), "same last name and phone");
        assertNotEquals(id(store, "ana@a.example"), id(store, "rui@b.example"), "only the blocked phone shared");
        Map<String, Object> merge = store.jdbi().withHandle(h -> h.createQuery(
                "SELECT rule, identifier_kind, identifier_value FROM merge_journal").mapToMap().one());
        assertEquals("Same last name and phone", merge.get("rule"));
        assertEquals("LAST_NAME + PHONE", merge.get("identifier_kind"));
        assertEquals("silva + " + SWITCHBOARD, merge.get("identifier_value"));
    }

    private static long id(HistoryStore store, String email) {
        return store.customersByIdentifier(email).get(0).id();
    }

    /** Contacts matched by e-mail, by phone (the switchboard blocked) and by last name with phone. */
    private static SyncFixture fixture(SourceDatabase crm, boolean blockPairs) throws Exception {
        SyncFixture fixture = new SyncFixture(crm);
        fixture.contacts.getIdentityMappings().add(SyncFixture.identity("last_name", IdentifierKind.LAST_NAME));
        IdentityResolution rules = CxmFactory.eINSTANCE.createIdentityResolution();
        rules.setDefaultRegion("DE");
        rules.getMatchRules().add(rule("Same e-mail", IdentifierKind.EMAIL));
        rules.getMatchRules().add(rule("Same phone", IdentifierKind.PHONE));
        MatchRule pair = rule("Same last name and phone", IdentifierKind.LAST_NAME);
        pair.getAlsoKinds().add(IdentifierKind.PHONE);
        rules.getMatchRules().add(pair);
        BlockedValue switchboard = CxmFactory.eINSTANCE.createBlockedValue();
        switchboard.setKind(IdentifierKind.PHONE);
        switchboard.setPattern("\\" + SWITCHBOARD);
        switchboard.setDescription("The head office's switchboard");
        switchboard.setBlocksPairs(blockPairs);
        rules.getBlockedValues().add(switchboard);
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
