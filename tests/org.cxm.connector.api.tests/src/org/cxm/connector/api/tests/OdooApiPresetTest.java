package org.cxm.connector.api.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import org.cxm.demo.data.CrmErpDataGenerator;
import org.cxm.history.HistoryStore;
import org.cxm.model.CxModel;
import org.cxm.sync.SyncSummary;
import org.cxm.tests.support.OpenStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The Odoo API preset against an emulation of Odoo's JSON-2 API serving an Odoo-shaped database: it syncs
 * the same customers (golden records and the source records they unify) and the same orders and invoices
 * as the Odoo JDBC preset reading that database directly; an incremental run writes nothing; a partner
 * archived between runs is a deleted customer.
 */
class OdooApiPresetTest {

    @RegisterExtension
    final OpenStores stores = new OpenStores();

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 1, 12, 0);

    @Test
    void syncsTheSameHistoryAsTheJdbcPreset() throws Exception {
        try (Connection erp = SourceDatabases.odoo(); MockApiServer odoo = SourceDatabases.odooApi(erp)) {
            new CrmErpDataGenerator(7, 150, 5, NOW).fillOdoo(erp);
            HistoryStore viaDatabase = stores.open("h2");
            CxModel jdbc = SourceDatabases.odooJdbcPreset(erp, Set.of("res_partner", "sale_order", "account_move"));
            SyncSummary direct = Syncs.jdbc(viaDatabase, jdbc);
            HistoryStore viaApi = stores.open("h2");
            CxModel api = SourceDatabases.odooApiPreset(odoo);

            SyncSummary summary = Syncs.api(viaApi, api);

            assertEquals(List.of(), direct.failures());
            assertEquals(List.of(), summary.failures());
            assertTrue(UnifiedHistory.interactions(viaDatabase, true).size() > 200, UnifiedHistory.size(viaDatabase));
            UnifiedHistory.assertSame(UnifiedHistory.customers(viaDatabase), UnifiedHistory.customers(viaApi),
                    "customers");
            UnifiedHistory.assertSame(UnifiedHistory.interactions(viaDatabase, false),
                    UnifiedHistory.interactions(viaApi, false), "interactions");
            assertEquals(direct.deadLettered(), summary.deadLettered(), "the same records are rejected");
            assertEquals(direct.merged(), summary.merged(), "the same merges");

            SyncSummary again = Syncs.api(viaApi, api);
            assertEquals(0, again.inserted() + again.updated() + again.deleted(), "nothing changed, nothing written");
        }
    }

    @Test
    void aPartnerArchivedBetweenRunsIsADeletedCustomer() throws Exception {
        try (Connection erp = SourceDatabases.odoo(); MockApiServer odoo = SourceDatabases.odooApi(erp)) {
            new CrmErpDataGenerator(11, 40, 2, NOW).fillOdoo(erp);
            HistoryStore store = stores.open("h2");
            CxModel api = SourceDatabases.odooApiPreset(odoo);
            Syncs.api(store, api);
            long partner = SourceDatabases.oneLiveCustomerPartner(erp);

            SourceDatabases.execute(erp, "UPDATE res_partner SET active = FALSE, write_date = TIMESTAMP '2026-11-02"
                    + " 09:00:00.123456' WHERE id = " + partner);
            SyncSummary summary = Syncs.api(store, api);

            assertEquals(1, summary.deleted());
            assertEquals(Boolean.TRUE, store.jdbi().withHandle(h -> h.createQuery("SELECT deleted FROM source_customer"
                    + " WHERE source_id = :id").bind("id", "res_partner:" + partner).mapTo(Boolean.class).one()));
            assertTrue(odoo.requests().stream().allMatch(r -> "bearer test-key".equalsIgnoreCase(r.header("Authorization"))
                    && "odoo".equals(r.header("X-Odoo-Database"))), "every request sends the key and the database");
        }
    }
}
