package org.cxm.connector.api.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.time.LocalDateTime;
import java.util.List;

import org.cxm.demo.data.CrmErpDataGenerator;
import org.cxm.history.HistoryStore;
import org.cxm.model.CxModel;
import org.cxm.model.DataSource;
import org.cxm.model.RecordSource;
import org.cxm.model.resource.CxmFiles;
import org.cxm.sync.SyncSummary;
import org.cxm.tests.support.ExampleModels;
import org.cxm.tests.support.OpenStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The ERPNext preset against an emulation of Frappe's REST API serving a Frappe-shaped database: it syncs
 * the same customers and the same orders and invoices as reading the site's tables directly over JDBC
 * with the same mappings, also when many documents share a modified time across page and batch
 * boundaries; a customer deleted between runs is read from Deleted Document.
 */
class FrappeApiPresetTest {

    @RegisterExtension
    final OpenStores stores = new OpenStores();

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 1, 12, 0);

    @Test
    void syncsTheSameHistoryAsReadingTheSiteTablesDirectly() throws Exception {
        try (Connection site = frappeSite(150); MockApiServer frappe = new MockApiServer(new FrappeRestApi(site))) {
            HistoryStore viaTables = stores.open("h2");
            SyncSummary direct = Syncs.jdbc(viaTables, tablesRead(site));
            HistoryStore viaApi = stores.open("h2");
            CxModel api = preset(frappe, 7);

            SyncSummary summary = Syncs.api(viaApi, api);

            assertEquals(List.of(), direct.failures());
            assertEquals(List.of(), summary.failures());
            assertTrue(UnifiedHistory.interactions(viaTables, true).size() > 150, UnifiedHistory.size(viaTables));
            UnifiedHistory.assertSame(UnifiedHistory.customers(viaTables), UnifiedHistory.customers(viaApi),
                    "customers");
            UnifiedHistory.assertSame(UnifiedHistory.interactions(viaTables, true),
                    UnifiedHistory.interactions(viaApi, true), "interactions");
            assertEquals(direct.merged(), summary.merged(), "the same merges");
            assertTrue(frappe.requests().stream().allMatch(r -> "token api-key:api-secret"
                    .equals(r.header("Authorization"))), "every request sends token key:secret");
        }
    }

    @Test
    void aCustomerDeletedBetweenRunsIsReadFromDeletedDocument() throws Exception {
        try (Connection site = frappeSite(30); MockApiServer frappe = new MockApiServer(new FrappeRestApi(site))) {
            HistoryStore store = stores.open("h2");
            CxModel api = preset(frappe, 500);
            Syncs.api(store, api);
            String customer = store.jdbi().withHandle(h -> h.createQuery("SELECT MIN(source_id) FROM source_customer"
                    + " WHERE NOT deleted").mapTo(String.class).one()).substring("Customer:".length());

            FrappeSite.deleteCustomer(site, customer, "2026-11-01 10:00:00.000001");
            SyncSummary summary = Syncs.api(store, api);

            assertEquals(List.of(), summary.failures());
            assertEquals(1, summary.deleted());
            assertEquals(Boolean.TRUE, store.jdbi().withHandle(h -> h.createQuery("SELECT deleted FROM"
                    + " source_customer WHERE source_id = :id").bind("id", "Customer:" + customer)
                    .mapTo(Boolean.class).one()));
            assertTrue(frappe.requests().stream().anyMatch(r -> r.path().equals("/api/resource/Deleted Document")
                    && r.query().get("filters").contains("\"deleted_doctype\", \"=\", \"Customer\"")));
        }
    }

    private static Connection frappeSite(int customers) throws Exception {
        Connection site = SourceDatabases.odoo();
        new CrmErpDataGenerator(5, customers, 4, NOW).fillOdoo(site);
        FrappeSite.create(site);
        FrappeSite.fillFromOdoo(site);
        return site;
    }

    /** The preset pointed at {@code server}, its pages of {@code pageSize} and its batches a little smaller. */
    private static CxModel preset(MockApiServer server, int pageSize) throws Exception {
        CxModel preset = CxmFiles.load(ExampleModels.preset(ExampleModels.FRAPPE_PRESET));
        DataSource source = preset.getDataSources().get(0);
        source.getApi().setBaseUrl(server.baseUrl());
        source.setRetryDelaySeconds(0);
        for (RecordSource recordSource : source.getRecordSources()) {
            recordSource.getRequest().getPaginator().setPageSize(pageSize);
            recordSource.setBatchSize(Math.max(1, pageSize - 2));
        }
        return preset;
    }

    /** The preset's mappings reading the site's tables over JDBC, as a Frappe database user could. */
    private static CxModel tablesRead(Connection site) throws Exception {
        CxModel preset = CxmFiles.load(ExampleModels.preset(ExampleModels.FRAPPE_PRESET));
        DataSource source = preset.getDataSources().get(0);
        source.setApi(null);
        source.setJdbcUrl(site.getMetaData().getURL());
        source.setUser("sa");
        source.setCredential(null);
        for (RecordSource recordSource : source.getRecordSources()) {
            recordSource.setRequest(null);
            recordSource.setQuery("SELECT * FROM \"tab" + recordSource.getName() + "\"");
            if (recordSource.getName().equals("Sales Invoice")) {
                recordSource.setFilter("docstatus > 0");
            }
        }
        return preset;
    }
}
