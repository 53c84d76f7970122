package org.cxm.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.cxm.connector.api.internal.ApiConnector;
import org.cxm.history.HistoryStore;
import org.cxm.history.StoreLocation;
import org.cxm.model.ApiAuthKind;
import org.cxm.model.ApiAuthenticator;
import org.cxm.model.ApiConnection;
import org.cxm.model.ApiPaginator;
import org.cxm.model.ApiRequest;
import org.cxm.model.CanonicalField;
import org.cxm.model.CxModel;
import org.cxm.model.CxmFactory;
import org.cxm.model.DataSource;
import org.cxm.model.HttpMethod;
import org.cxm.model.IdentifierKind;
import org.cxm.model.IdentityResolution;
import org.cxm.model.MatchRule;
import org.cxm.model.PageStop;
import org.cxm.model.PaginationKind;
import org.cxm.model.RecordKind;
import org.cxm.model.RecordSource;
import org.cxm.sync.SyncEngine;
import org.cxm.sync.SyncOptions;
import org.cxm.sync.SyncSummary;
import org.cxm.tests.support.TestStores;
import org.junit.jupiter.api.Test;

/**
 * The sync of a CRM read through its REST API ({@link BenchApiServer}: contacts with e-mail and phone,
 * identity-resolved with merges, and calls referring to them), from the HTTP server on this machine into
 * each store, against the server's raw serve rate in the same run: the same pages fetched with the JDK
 * HTTP client, nothing parsed or stored. Reports, asserts nothing about time.
 */
class ApiSyncBenchmark {

    private static final int RECORDS = Integer.getInteger("cxm.bench.apiRecords", 100_000);

    private static final int PAGE = 1000;

    private static final CxmFactory FACTORY = CxmFactory.eINSTANCE;

    @Test
    void apiSyncAgainstTheServersRawServeRate() throws Exception {
        int contacts = RECORDS / 20;
        int calls = RECORDS - contacts;
        BenchReport.line("## API sync: " + contacts + " contacts + " + calls + " calls over HTTP, pages of " + PAGE
                + ", " + BenchReport.machine());
        BenchReport.line("| store | server raw serve | full sync incl. identity resolution | ratio | customers"
                + " | merges | incremental (nothing changed) |");
        BenchReport.line("|---|---|---|---|---|---|---|");
        try (BenchApiServer server = new BenchApiServer(contacts, calls)) {
            rawServeRate(server);
            for (String kind : System.getProperty("cxm.bench.stores", "h2,postgresql").split(",")) {
                measure(kind, server, rawServeRate(server));
            }
        }
    }

    private static void measure(String kind, BenchApiServer server, double raw) throws Exception {
        Path folder = Files.createTempDirectory("cxm-bench-api");
        StoreLocation location = kind.equals("h2") ? StoreLocation.embedded(folder.resolve("store"))
                : TestStores.postgres();
        CxModel model = model(server.baseUrl());
        try (HistoryStore store = HistoryStore.open(location)) {
            long start = System.nanoTime();
            SyncSummary full = sync(model, store);
            double seconds = (System.nanoTime() - start) / 1e9;
            start = System.nanoTime();
            SyncSummary incremental = sync(model, store);
            double incrementalSeconds = (System.nanoTime() - start) / 1e9;
            long customers = store.jdbi().withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM customer"
                    + " WHERE merged_into IS NULL").mapTo(Long.class).one());
            double rate = full.read() / seconds;
            BenchReport.line(String.format("| %s | %,.0f records/s | %,.0f records/s (%,d in %.1f s%s) | %.2fx | %,d"
                    + " | %,d | %.2f s, %,d read, %,d written |", kind, raw, rate, full.read(), seconds,
                    full.failures().isEmpty() ? "" : ", " + full.failures(), rate / raw, customers, full.merged(),
                    incrementalSeconds, incremental.read(), incremental.inserted() + incremental.updated()));
        } finally {
            SyncBenchmark.deleteQuietly(folder);
        }
    }

    /** Records a second the server serves: every page of both lists fetched in order, bodies only read. */
    private static double rawServeRate(BenchApiServer server) throws Exception {
        try (HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            long start = System.nanoTime();
            long records = 0;
            for (String list : List.of("contacts", "calls")) {
                for (int offset = 0;; offset += PAGE) {
                    HttpRequest request = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/" + list
                            + "?since=1970-01-01T00:00:00&offset=" + offset + "&limit=" + PAGE))
                            .header("Authorization", "Bearer " + BenchApiServer.TOKEN).build();
                    byte[] body = http.send(request, HttpResponse.BodyHandlers.ofByteArray()).body();
                    int count = countRecords(body);
                    records += count;
                    if (count < PAGE) {
                        break;
                    }
                }
            }
            return records / ((System.nanoTime() - start) / 1e9);
        }
    }

    /** The records in a page: its objects at depth 2 ({"items":[{...},{...}]}), counted without parsing. */
    private static int countRecords(byte[] body) {
        int depth = 0;
        int count = 0;
        for (byte b : body) {
            if (b == '{' && ++depth == 2) {
                count++;
            } else if (b == '}') {
                depth--;
            }
        }
        return count;
    }

    private static SyncSummary sync(CxModel model, HistoryStore store) {
        return new SyncEngine(List.of(new ApiConnector()), Map.of("BENCH_TOKEN", BenchApiServer.TOKEN)::get)
                .run(model, store, SyncOptions.defaults());
    }

    private static CxModel model(String baseUrl) {
        CxModel model = FACTORY.createCxModel();
        model.setName("API benchmark");
        DataSource crm = FACTORY.createDataSource();
        crm.setName("CRM");
        crm.setCredential("env:BENCH_TOKEN");
        ApiConnection api = FACTORY.createApiConnection();
        api.setBaseUrl(baseUrl);
        ApiAuthenticator bearer = FACTORY.createApiAuthenticator();
        bearer.setKind(ApiAuthKind.BEARER);
        api.setAuthenticator(bearer);
        crm.setApi(api);
        RecordSource contacts = BenchModels.recordSource(null, RecordKind.CUSTOMER, 2000);
        contacts.setName("contacts");
        contacts.getCursorColumns().set(0, "modified");
        contacts.setRequest(request("/contacts"));
        contacts.getFieldMappings().add(BenchModels.field("name", CanonicalField.DISPLAY_NAME));
        contacts.getIdentityMappings().add(BenchModels.identity("email", IdentifierKind.EMAIL));
        contacts.getIdentityMappings().add(BenchModels.identity("phone", IdentifierKind.PHONE));
        RecordSource calls = BenchModels.recordSource(null, RecordKind.CALL, 2000);
        calls.setName("calls");
        calls.getCursorColumns().set(0, "modified");
        calls.setRequest(request("/calls"));
        calls.setCustomerSource(contacts);
        calls.getFieldMappings().add(BenchModels.field("contact.id", CanonicalField.CUSTOMER_REF));
        calls.getFieldMappings().add(BenchModels.field("subject", CanonicalField.SUBJECT));
        calls.getFieldMappings().add(BenchModels.field("direction", CanonicalField.DIRECTION));
        calls.getFieldMappings().add(BenchModels.field("started", CanonicalField.OCCURRED_AT));
        crm.getRecordSources().add(contacts);
        crm.getRecordSources().add(calls);
        model.getDataSources().add(crm);
        IdentityResolution resolution = FACTORY.createIdentityResolution();
        resolution.setDefaultRegion("PT");
        for (IdentifierKind kind : List.of(IdentifierKind.EMAIL, IdentifierKind.PHONE)) {
            MatchRule rule = FACTORY.createMatchRule();
            rule.setName("Same " + kind.getLiteral());
            rule.setKind(kind);
            resolution.getMatchRules().add(rule);
        }
        model.setIdentityResolution(resolution);
        return model;
    }

    private static ApiRequest request(String path) {
        ApiRequest request = FACTORY.createApiRequest();
        request.setMethod(HttpMethod.GET);
        request.setPath(path);
        request.setRecordsPath("items");
        request.getParameters().addAll(List.of("since=${since}", "offset=${offset}", "limit=${limit}"));
        ApiPaginator paginator = FACTORY.createApiPaginator();
        paginator.setKind(PaginationKind.OFFSET);
        paginator.setPageSize(PAGE);
        paginator.setStopWhen(PageStop.SHORT_PAGE);
        request.setPaginator(paginator);
        return request;
    }
}
