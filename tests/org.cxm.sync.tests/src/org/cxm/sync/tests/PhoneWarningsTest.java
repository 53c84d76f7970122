package org.cxm.sync.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.cxm.history.HistoryStore;
import org.cxm.model.CxmFactory;
import org.cxm.model.IdentifierKind;
import org.cxm.model.IdentityMapping;
import org.cxm.model.IdentityResolution;
import org.cxm.sync.SyncSummary;
import org.cxm.sync.cli.SyncSummaryPrinter;
import org.cxm.tests.support.OpenStores;
import org.cxm.tests.support.SourceDatabase;
import org.cxm.tests.support.SyncFixture;
import org.cxm.tests.support.TestStores;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * A phone number is read for the country its record gives (a region column), then for the data source's
 * default region; one that no region reads is counted, listed with the run and printed, never dropped
 * without a trace.
 */
class PhoneWarningsTest {

    static final List<String> STORES = TestStores.kinds();

    @RegisterExtension
    final OpenStores stores = new OpenStores();

    @ParameterizedTest
    @FieldSource("STORES")
    void phonesAreReadForTheRecordsCountryAndTheRestIsReported(String kind) throws Exception {
        try (SourceDatabase crm = new SourceDatabase()) {
            crm.execute("ALTER TABLE contacts ADD COLUMN country VARCHAR(40)");
            crm.contact("c1", "Ana", "Silva", "ana@example.com", "912 345 678", "2026-11-01 09:00:00");
            crm.contact("c2", "Ben", "Brown", "ben@example.com", "0151 23456789", "2026-11-01 09:00:00");
            crm.contact("c3", "Cai", "Chen", "cai@example.com", "123 4567 8901 2345 67", "2026-11-01 09:00:00");
            crm.update("UPDATE contacts SET country = 'pt' WHERE id IN ('c1', 'c2')");
            crm.update("UPDATE contacts SET country = 'Atlantis' WHERE id = 'c3'");
            SyncFixture fixture = new SyncFixture(crm);
            IdentityMapping phone = fixture.contacts.getIdentityMappings().get(1);
            phone.setRegionColumn("country");
            IdentityResolution rules = CxmFactory.eINSTANCE.createIdentityResolution();
            rules.setDefaultRegion("GB");
            fixture.model.model.setIdentityResolution(rules);
            fixture.crm.setDefaultRegion("DE");
            HistoryStore store = stores.open(kind);

            SyncSummary summary = fixture.sync(store);

            assertEquals(List.of(), summary.failures());
            assertEquals(3, summary.inserted(), "a record with an unreadable phone is still synced");
            assertEquals("+351912345678", store.customer(customer(store, "ana@example.com")).phone(),
                    "read for the record's country");
            assertEquals("+4915123456789", store.customer(customer(store, "ben@example.com")).phone(),
                    "impossible in Portugal, read for the data source's default region (not the model's GB)");
            assertEquals(null, store.customer(customer(store, "cai@example.com")).phone());
            assertEquals(1, summary.invalidPhones());
            assertEquals(1, summary.warnings().size());
            String warning = summary.warnings().get(0);
            assertTrue(warning.startsWith("CRM / contacts:c3: invalid phone number \"123 4567 8901 2345 67\""),
                    warning);
            assertTrue(warning.contains("of DE (the default region)") && warning.contains("\"Atlantis\"")
                    && warning.endsWith("in column phone_mobile"), warning);
            Map<String, Object> run = store.jdbi().withHandle(h -> h.createQuery("SELECT invalid_phones, warnings"
                    + " FROM sync_run WHERE id = :id").bind("id", summary.runId()).mapToMap().one());
            assertEquals(1L, ((Number) run.get("invalid_phones")).longValue());
            assertEquals(warning, run.get("warnings"), "the run keeps its warnings");
            assertTrue(printed(summary).contains("1 phone number(s) could not be read for any region"));
            assertTrue(printed(summary).contains("  warning: " + warning));
        }
    }

    private static long customer(HistoryStore store, String email) {
        return store.customersByIdentifier(email).get(0).id();
    }

    private static String printed(SyncSummary summary) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PrintStream stream = new PrintStream(out, true, StandardCharsets.UTF_8)) {
            SyncSummaryPrinter.print(summary, stream, stream);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
