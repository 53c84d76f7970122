package org.cxm.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.cxm.history.HistoryStore;
import org.cxm.history.StoreLocation;
import org.cxm.model.CanonicalField;
import org.cxm.model.CxmFactory;
import org.cxm.model.DataSource;
import org.cxm.model.DatabaseKind;
import org.cxm.model.FieldMapping;
import org.cxm.model.RecordKind;
import org.cxm.model.RecordSource;
import org.cxm.model.SystemKind;
import org.cxm.model.resource.CxmFiles;
import org.cxm.tests.support.ModelFixture;
import org.cxm.tests.support.TestStores;
import org.cxm.ui.CxmUi;
import org.cxm.ui.internal.ModelSession;
import org.cxm.ui.internal.StoreSession;
import org.cxm.ui.internal.integration.DataSourcesView;
import org.cxm.ui.internal.integration.IntegrationPerspective;
import org.cxm.ui.internal.integration.SyncRunsView;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An integrator wires a CRM whose calls table is missing: Test connection says so on the calls row and
 * passes the contacts, and Sync now syncs the contacts and journals a partial run.
 */
class DataSourcesViewTest {

    private static final CxmFactory FACTORY = CxmFactory.eINSTANCE;
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @AfterEach
    void backToCustomer360() throws Exception {
        PlatformUI.getWorkbench().showPerspective(CxmUi.CUSTOMER_360_PERSPECTIVE_ID, UiTestSupport.window());
    }

    @Test
    void testConnectionShowsEachCheckAndSyncNowJournalsTheRun() throws Exception {
        String crmUrl = crmWithContactsOnly();
        Path modelFile = Files.createTempDirectory("cxm-ui").resolve("crm.cxm");
        CxmFiles.save(modelWithCrm(crmUrl), modelFile);
        ModelSession.open(modelFile);
        StoreLocation location = TestStores.h2();
        StoreSession.use(location);
        IWorkbenchPage page = PlatformUI.getWorkbench().showPerspective(IntegrationPerspective.ID,
                UiTestSupport.window());
        DataSourcesView view = (DataSourcesView) page.showView(DataSourcesView.ID);
        view.reload();
        assertTrue(UiTestSupport.waitUntil(() -> view.rows().size() == 6, PATIENCE),
                "tree: " + view.rows() + ", " + view.message());
        assertTrue(view.rows().get(1).startsWith("contacts | customer, table contacts, cursor date_modified"),
                view.rows().toString());

        Job test = view.testConnections();
        assertTrue(UiTestSupport.waitUntil(() -> view.message().contains("checks"), PATIENCE), view.message());
        List<String> rows = view.rows();
        assertTrue(rows.get(0).endsWith("| ok"), "the connection: " + rows.get(0));
        assertTrue(rows.get(1).endsWith("| ok"), "contacts: " + rows.get(1));
        assertTrue(rows.get(3).startsWith("calls |") && !rows.get(3).endsWith("| ok")
                && rows.get(3).toLowerCase().contains("calls"), "the missing table, named: " + rows.get(3));
        assertTrue(view.message().startsWith("1 of 3 checks failed: CRM / calls"), view.message());
        assertEquals(null, test.getResult().getException());
        UiTestSupport.processEvents();
        Screenshots.save(UiTestSupport.window().getShell(), "integration-data-sources-tested");

        view.syncNow();
        assertTrue(UiTestSupport.waitUntil(() -> view.message().startsWith("Synced"), PATIENCE), view.message());
        assertTrue(view.message().contains("1 records read, 1 inserted"), view.message());
        SyncRunsView runs = (SyncRunsView) page.findView(SyncRunsView.ID);
        assertTrue(UiTestSupport.waitUntil(() -> runs.rows().size() == 1, PATIENCE), "runs: " + runs.rows());
        assertEquals("PARTIAL", runs.rows().get(0).get(2), "the calls could not be synced: " + runs.rows());
        try (HistoryStore store = HistoryStore.open(location)) {
            assertEquals(1, store.customersByIdentifier("contacts:c1").size(), "the contact was synced");
        }
        UiTestSupport.processEvents();
        Screenshots.save(UiTestSupport.window().getShell(), "integration-data-sources-synced");
    }

    /** An in-memory CRM with one contact and no calls table; returns its URL. */
    private static String crmWithContactsOnly() throws Exception {
        String url = "jdbc:h2:mem:ui-crm-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        JdbcDataSource source = new JdbcDataSource();
        source.setURL(url);
        source.setUser("sa");
        source.setPassword("");
        try (Connection connection = source.getConnection(); var statement = connection.createStatement()) {
            statement.execute("CREATE TABLE contacts (id VARCHAR(36) PRIMARY KEY, first_name VARCHAR(100),"
                    + " date_modified TIMESTAMP)");
            statement.execute("INSERT INTO contacts VALUES ('c1', 'Ana', TIMESTAMP '2026-11-01 09:00:00')");
        }
        return url;
    }

    private static org.cxm.model.CxModel modelWithCrm(String url) {
        ModelFixture fixture = new ModelFixture();
        DataSource crm = FACTORY.createDataSource();
        crm.setName("CRM");
        crm.setSystemKind(SystemKind.CRM);
        crm.setDatabaseKind(DatabaseKind.H2);
        crm.setJdbcUrl(url);
        crm.setUser("sa");
        crm.setRetryDelaySeconds(0);
        crm.setMaxAttempts(1);
        RecordSource contacts = recordSource("contacts", RecordKind.CUSTOMER);
        contacts.getFieldMappings().add(field("first_name", CanonicalField.FIRST_NAME));
        RecordSource calls = recordSource("calls", RecordKind.CALL);
        calls.setCustomerSource(contacts);
        calls.getFieldMappings().add(field("parent_id", CanonicalField.CUSTOMER_REF));
        calls.getFieldMappings().add(field("date_modified", CanonicalField.OCCURRED_AT));
        crm.getRecordSources().addAll(List.of(contacts, calls));
        fixture.model.getDataSources().add(crm);
        return fixture.model;
    }

    private static RecordSource recordSource(String table, RecordKind kind) {
        RecordSource recordSource = FACTORY.createRecordSource();
        recordSource.setName(table);
        recordSource.setKind(kind);
        recordSource.setTable(table);
        recordSource.getPrimaryKey().add("id");
        recordSource.getCursorColumns().add("date_modified");
        return recordSource;
    }

    private static FieldMapping field(String column, CanonicalField canonical) {
        FieldMapping mapping = FACTORY.createFieldMapping();
        mapping.setColumn(column);
        mapping.setField(canonical);
        return mapping;
    }
}
