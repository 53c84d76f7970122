package org.cxm.connector.api.tests;

import org.cxm.model.ApiAuthKind;
import org.cxm.model.ApiAuthenticator;
import org.cxm.model.ApiConnection;
import org.cxm.model.ApiPaginator;
import org.cxm.model.ApiRequest;
import org.cxm.model.CanonicalField;
import org.cxm.model.CxmFactory;
import org.cxm.model.DataSource;
import org.cxm.model.FieldMapping;
import org.cxm.model.HttpMethod;
import org.cxm.model.IdentifierKind;
import org.cxm.model.IdentityMapping;
import org.cxm.model.PageStop;
import org.cxm.model.PaginationKind;
import org.cxm.model.RecordKind;
import org.cxm.model.RecordSource;
import org.cxm.model.SystemKind;
import org.cxm.tests.support.ModelFixture;

/** A model whose API data source maps the {@link FeedApi}'s contacts and calls. */
final class FeedModel {

    private static final CxmFactory FACTORY = CxmFactory.eINSTANCE;

    final ModelFixture model = new ModelFixture();

    final DataSource crm = FACTORY.createDataSource();

    final ApiConnection api = FACTORY.createApiConnection();

    final RecordSource contacts = FACTORY.createRecordSource();

    final RecordSource calls = FACTORY.createRecordSource();

    FeedModel(MockApiServer server, FeedApi.Paging paging, int pageSize) {
        crm.setName("Feed CRM");
        crm.setSystemKind(SystemKind.CRM);
        crm.setApi(api);
        crm.setCredential("env:TEST_TOKEN");
        crm.setMaxAttempts(3);
        crm.setRetryDelaySeconds(0);
        api.setBaseUrl(server.baseUrl());
        ApiAuthenticator bearer = FACTORY.createApiAuthenticator();
        bearer.setKind(ApiAuthKind.BEARER);
        api.setAuthenticator(bearer);
        contacts.setName("contacts");
        contacts.setKind(RecordKind.CUSTOMER);
        contacts.getPrimaryKey().add("id");
        contacts.getCursorColumns().add("modified");
        contacts.setRequest(request("/contacts", paging, pageSize));
        contacts.getFieldMappings().add(field("name", CanonicalField.DISPLAY_NAME));
        contacts.getIdentityMappings().add(identity("email", IdentifierKind.EMAIL));
        calls.setName("calls");
        calls.setKind(RecordKind.CALL);
        calls.setCustomerSource(contacts);
        calls.getPrimaryKey().add("id");
        calls.getCursorColumns().add("modified");
        calls.setRequest(request("/calls", paging, pageSize));
        calls.getFieldMappings().add(field("contact.id", CanonicalField.CUSTOMER_REF));
        calls.getFieldMappings().add(field("subject", CanonicalField.SUBJECT));
        calls.getFieldMappings().add(field("started", CanonicalField.OCCURRED_AT));
        crm.getRecordSources().add(contacts);
        crm.getRecordSources().add(calls);
        model.model.getDataSources().add(crm);
    }

    /** Authenticates with OAuth2 client credentials at the server's token endpoint instead of a fixed token. */
    void useOAuth2() {
        ApiAuthenticator oauth = FACTORY.createApiAuthenticator();
        oauth.setKind(ApiAuthKind.OAUTH2_CLIENT_CREDENTIALS);
        oauth.setTokenUrl("/oauth/token");
        api.setAuthenticator(oauth);
        crm.setUser(FeedApi.CLIENT_ID);
        crm.setCredential("env:TEST_CLIENT_SECRET");
    }

    /** Reads deleted contacts from the server's deleted-records list. */
    void readDeletedContacts() {
        ApiRequest deleted = request("/contacts/deleted", FeedApi.Paging.OFFSET, 10);
        deleted.setDeletedKeyPath("contact_id");
        deleted.setDeletedCursorPath("deleted_at");
        contacts.getRequest().setDeletedRecords(deleted);
    }

    static ApiRequest request(String path, FeedApi.Paging paging, int pageSize) {
        ApiRequest request = FACTORY.createApiRequest();
        request.setMethod(HttpMethod.GET);
        request.setPath(path);
        request.setRecordsPath("items");
        request.getParameters().add("since=${since}");
        request.getParameters().add("limit=${limit}");
        ApiPaginator paginator = FACTORY.createApiPaginator();
        paginator.setPageSize(pageSize);
        switch (paging) {
            case OFFSET -> {
                paginator.setKind(PaginationKind.OFFSET);
                paginator.setStopWhen(PageStop.EMPTY_PAGE);
                request.getParameters().add("offset=${offset}");
            }
            case CURSOR_TOKEN -> {
                paginator.setKind(PaginationKind.CURSOR_TOKEN);
                paginator.setNextPath("next_cursor");
                paginator.setStopWhen(PageStop.NO_NEXT);
                request.getParameters().add("cursor=${pageToken}");
            }
            case NEXT_LINK -> {
                paginator.setKind(PaginationKind.NEXT_LINK);
                paginator.setNextPath("/next");
                paginator.setStopWhen(PageStop.NO_NEXT);
            }
            case LINK_HEADER -> {
                paginator.setKind(PaginationKind.LINK_HEADER);
                paginator.setStopWhen(PageStop.NO_NEXT);
            }
        }
        request.setPaginator(paginator);
        return request;
    }

    private static FieldMapping field(String path, CanonicalField canonical) {
        FieldMapping mapping = FACTORY.createFieldMapping();
        mapping.setColumn(path);
        mapping.setField(canonical);
        return mapping;
    }

    private static IdentityMapping identity(String path, IdentifierKind kind) {
        IdentityMapping mapping = FACTORY.createIdentityMapping();
        mapping.setColumn(path);
        mapping.setKind(kind);
        return mapping;
    }
}
