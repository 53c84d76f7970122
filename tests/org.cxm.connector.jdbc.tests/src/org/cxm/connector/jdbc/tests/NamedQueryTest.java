package org.cxm.connector.jdbc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.cxm.connector.jdbc.internal.JdbcConnector;
import org.cxm.history.HistoryStore;
import org.cxm.history.TimelineEntry;
import org.cxm.model.CxmFactory;
import org.cxm.model.NamedQuery;
import org.cxm.model.RecordSource;
import org.cxm.sync.SourceCheck;
import org.cxm.sync.SyncEngine;
import org.cxm.sync.SyncListener;
import org.cxm.sync.SyncOptions;
import org.cxm.tests.support.OpenStores;
import org.cxm.tests.support.SourceDatabase;
import org.cxm.tests.support.SyncFixture;
import org.cxm.tests.support.TestStores;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Two record sources read one named query of their data source, each with its own filter: each syncs only
 * its rows, a row that moves from one filter to the other moves with it, and a filter the query cannot
 * answer is reported by a source test with the query's name.
 */
class NamedQueryTest {

    static final List<String> STORES = TestStores.kinds();

    @RegisterExtension
    final OpenStores stores = new OpenStores();

    @ParameterizedTest
    @FieldSource("STORES")
    void recordSourcesReadOneQueryWithTheirOwnFilters(String kind) throws Exception {
        try (SourceDatabase crm = new SourceDatabase()) {
            crm.contact("c1", "Ana", "Silva", "ana@example.com", null, "2026-11-01 09:00:00");
            crm.call("k1", "c1", "Card blocked", "2026-11-02 10:00:00", "Inbound", "2026-11-02 10:05:00");
            crm.call("k2", "c1", "Follow-up", "2026-11-03 15:00:00", "Outbound", "2026-11-03 15:10:00");
            crm.call("k3", null, "Wrong number", "2026-11-03 16:00:00", "Inbound", "2026-11-03 16:10:00");
            SyncFixture fixture = new SyncFixture(crm);
            RecordSource inbound = fixture.calls;
            RecordSource outbound = sharingOneQuery(fixture);
            HistoryStore store = stores.open(kind);

            assertEquals(3, fixture.sync(store).inserted(), "Ana, her inbound and her outbound call");
            long ana = store.customersByIdentifier("ana@example.com").get(0).id();
            assertEquals(List.of("outbound_calls:k2", "inbound_calls:k1"), recordIds(store, ana));

            crm.call("k2", "c1", "Follow-up", "2026-11-03 15:00:00", "Inbound", "2026-11-04 08:00:00");
            fixture.sync(store, new SyncOptions(true, SyncListener.SILENT));

            assertEquals(List.of("inbound_calls:k2", "inbound_calls:k1"), recordIds(store, ana),
                    "the call now inbound is read by the inbound source and reconciled away from the outbound one");
            assertEquals(inbound.getNamedQuery(), outbound.getNamedQuery());
        }
    }

    @ParameterizedTest
    @FieldSource("STORES")
    void aFilterTheQueryCannotAnswerFailsTheSourceTest(String kind) throws Exception {
        try (SourceDatabase crm = new SourceDatabase()) {
            SyncFixture fixture = new SyncFixture(crm);
            RecordSource outbound = sharingOneQuery(fixture);
            outbound.setFilter("no_such_column = 'x'");

            List<SourceCheck> checks = new SyncEngine(List.of(new JdbcConnector()), Map.<String, String>of()::get)
                    .test(fixture.model.model);

            SourceCheck check = checks.stream().filter(c -> "outbound_calls".equals(c.recordSource())).findFirst()
                    .orElseThrow();
            assertTrue(check.problem() != null && check.problem().contains("cannot read the query \"calls with a"
                    + " contact\""), String.valueOf(check.problem()));
        }
    }

    /** The fixture's calls, split into inbound and outbound calls that read one named query. */
    private static RecordSource sharingOneQuery(SyncFixture fixture) {
        NamedQuery calls = CxmFactory.eINSTANCE.createNamedQuery();
        calls.setName("calls with a contact");
        calls.setSql("SELECT c.id, c.parent_id, c.name, c.description, c.date_start, c.direction, c.status,"
                + " c.date_modified, c.deleted FROM calls c WHERE c.parent_id IS NOT NULL");
        fixture.crm.getQueries().add(calls);
        RecordSource inbound = fixture.calls;
        inbound.setName("inbound_calls");
        inbound.setTable(null);
        inbound.setNamedQuery(calls);
        inbound.setFilter("direction = 'Inbound'");
        RecordSource outbound = EcoreUtil.copy(inbound);
        outbound.setName("outbound_calls");
        outbound.setFilter("direction = 'Outbound'");
        fixture.crm.getRecordSources().add(outbound);
        return outbound;
    }

    private static List<String> recordIds(HistoryStore store, long customer) {
        return store.timeline(customer, 10).stream().map(TimelineEntry::sourceRecordId).toList();
    }
}
