package org.cxm.connector.api.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.cxm.connector.api.internal.ApiConnector;
import org.cxm.sync.SourceCheck;
import org.cxm.sync.SyncEngine;
import org.junit.jupiter.api.Test;

/**
 * Testing an API data source ({@code cxm test-sources}, the Integration perspective's Test Connection)
 * checks what a sync needs without syncing: the credentials, each record source's endpoint and records
 * path, and every field path its mapping names, one result per row.
 */
class ApiSourceTestTest {

    @Test
    void eachEndpointAndMappedFieldIsCheckedAndTheFirstProblemOfEachRowReported() throws Exception {
        FeedApi feed = new FeedApi();
        try (MockApiServer server = new MockApiServer(feed)) {
            feed.contact(1, "ana@example.com", "Ana", "2026-03-01T10:00:00");
            feed.call(10, 1, "Hello", "2026-03-01T10:00:00");
            FeedModel model = new FeedModel(server, FeedApi.Paging.OFFSET, 5);
            model.calls.getFieldMappings().get(0).setColumn("contact.key");

            List<String> checks = test(model);

            assertEquals(List.of("Feed CRM: ok", "Feed CRM / contacts: ok", "Feed CRM / calls: GET /calls: no field"
                    + " contact.key in its records; the first has id, subject, started, modified, contact"), checks);
        }
    }

    @Test
    void aWrongEndpointOrRecordsPathSaysWhatTheAnswerHas() throws Exception {
        FeedApi feed = new FeedApi();
        try (MockApiServer server = new MockApiServer(feed)) {
            FeedModel model = new FeedModel(server, FeedApi.Paging.OFFSET, 5);
            model.contacts.getRequest().setRecordsPath("results");
            model.calls.getRequest().setPath("/phone-calls");

            List<String> checks = test(model);

            assertEquals("Feed CRM / contacts: GET /contacts (page 1): the answer has no array of records at"
                    + " \"results\"; it has the fields [total, items]. Check the record source's records path.",
                    checks.get(1));
            assertEquals("Feed CRM / calls: GET /phone-calls (page 1) answered HTTP 404: {\"error\":"
                    + " \"not found\"}", checks.get(2));
        }
    }

    @Test
    void refusedCredentialsFailTheDataSourceRow() throws Exception {
        try (MockApiServer server = new MockApiServer(new FeedApi())) {
            FeedModel model = new FeedModel(server, FeedApi.Paging.OFFSET, 5);
            model.crm.setCredential("env:TEST_CLIENT_SECRET");

            List<String> checks = test(model);

            assertEquals("Feed CRM / contacts: GET /contacts (page 1) answered HTTP 401 (the credentials"
                    + " were refused): {\"error\": \"invalid or expired token\"}", checks.get(1));
        }
    }

    private static List<String> test(FeedModel model) {
        return new SyncEngine(List.of(new ApiConnector()), Syncs.ENVIRONMENT::get).test(model.model.model).stream()
                .map(SourceCheck::toString).toList();
    }
}
