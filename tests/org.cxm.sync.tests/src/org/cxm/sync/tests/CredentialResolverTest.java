package org.cxm.sync.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.cxm.connector.jdbc.internal.JdbcConnector;
import org.cxm.model.DataSource;
import org.cxm.sync.CredentialResolver;
import org.cxm.sync.SourceCheck;
import org.cxm.sync.SyncEngine;
import org.cxm.sync.SyncOptions;
import org.cxm.sync.SyncSummary;
import org.cxm.sync.spi.SourceException;
import org.cxm.tests.support.OpenStores;
import org.cxm.tests.support.SourceDatabase;
import org.cxm.tests.support.SyncFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Credential references are resolved by a pluggable resolver: headless runs read environment variables and
 * refuse secure storage, the workbench plugs in one that reads {@code secure:} references.
 */
class CredentialResolverTest {

    @RegisterExtension
    final OpenStores stores = new OpenStores();

    @Test
    void theHeadlessResolverReadsEnvironmentVariablesAndRefusesSecureStorage() throws Exception {
        CredentialResolver headless = CredentialResolver.environment(Map.of("CRM_PASSWORD", "s3cret")::get);
        try (SourceDatabase crm = new SourceDatabase()) {
            DataSource source = new SyncFixture(crm).crm;

            assertNull(headless.passwordFor(source), "no reference, no password");
            source.setCredential("env:CRM_PASSWORD");
            assertEquals("s3cret", headless.passwordFor(source));
            source.setCredential("env:ERP_PASSWORD");
            assertEquals("CRM: the environment variable ERP_PASSWORD (its credential) is not set",
                    assertThrows(SourceException.class, () -> headless.passwordFor(source)).getMessage());
            source.setCredential("secure:crm");
            assertTrue(assertThrows(SourceException.class, () -> headless.passwordFor(source)).getMessage()
                    .startsWith("CRM: the credential secure:crm is in Eclipse secure storage"));
        }
    }

    @Test
    void testAndSyncUseThePluggedResolver() throws Exception {
        try (SourceDatabase crm = new SourceDatabase()) {
            crm.contact("c1", "Ana", "Silva", "ana@example.com", null, "2026-11-01 09:00:00");
            SyncFixture fixture = new SyncFixture(crm);
            fixture.crm.setCredential("secure:crm");
            List<String> asked = new ArrayList<>();
            CredentialResolver secureStorage = source -> {
                asked.add(source.getCredential());
                return "";
            };
            SyncEngine engine = SyncEngine.withCredentials(List.of(new JdbcConnector()), secureStorage);

            List<SourceCheck> checks = engine.test(fixture.model.model);
            SyncSummary summary = engine.run(fixture.model.model, stores.open("h2"), SyncOptions.defaults());

            assertTrue(checks.stream().allMatch(SourceCheck::passed), checks.toString());
            assertEquals(List.of(), summary.failures());
            assertEquals(1, summary.inserted());
            assertEquals(List.of("secure:crm", "secure:crm"), asked, "asked once by the test, once by the sync");
            List<SourceCheck> headless = new SyncEngine(List.of(new JdbcConnector()), Map.<String, String>of()::get)
                    .test(fixture.model.model);
            assertTrue(headless.get(0).toString().startsWith("CRM: the credential secure:crm is in Eclipse secure"),
                    "without the plugged resolver the reference is refused: " + headless);
        }
    }
}
