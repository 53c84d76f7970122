package org.cxm.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;

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
import org.cxm.model.validation.ModelValidation;
import org.cxm.model.validation.ValidationRule;
import org.cxm.tests.support.ModelFixture;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;

/**
 * API data sources are validated with messages that say what is wrong and where: the base URL, what the
 * authenticator needs, the request's path, placeholders and field paths, and a paginator that says when
 * it has read the last page.
 */
class ApiSettingsValidationTest {

    private static final CxmFactory FACTORY = CxmFactory.eINSTANCE;

    private final ModelFixture fixture = new ModelFixture();

    private final DataSource erp = FACTORY.createDataSource();

    private final ApiConnection api = FACTORY.createApiConnection();

    private final ApiAuthenticator auth = FACTORY.createApiAuthenticator();

    private final RecordSource contacts = FACTORY.createRecordSource();

    private final ApiRequest request = FACTORY.createApiRequest();

    private final ApiPaginator pages = FACTORY.createApiPaginator();

    ApiSettingsValidationTest() {
        erp.setName("ERPNext");
        erp.setApi(api);
        erp.setUser("api-key");
        erp.setCredential("env:ERPNEXT_SECRET");
        api.setBaseUrl("https://erp.example.com");
        auth.setKind(ApiAuthKind.TOKEN_KEY_SECRET);
        api.setAuthenticator(auth);
        contacts.setName("Contact");
        contacts.setKind(RecordKind.CUSTOMER);
        contacts.getPrimaryKey().add("name");
        contacts.getCursorColumns().add("modified");
        request.setMethod(HttpMethod.GET);
        request.setPath("/api/resource/Contact");
        request.setRecordsPath("data");
        request.getParameters().addAll(List.of("filters=[[\"modified\", \">=\", \"${since}\"]]",
                "limit_start=${offset}", "limit_page_length=${limit}"));
        pages.setKind(PaginationKind.OFFSET);
        pages.setStopWhen(PageStop.SHORT_PAGE);
        request.setPaginator(pages);
        contacts.setRequest(request);
        FieldMapping name = FACTORY.createFieldMapping();
        name.setColumn("full_name");
        name.setField(CanonicalField.DISPLAY_NAME);
        contacts.getFieldMappings().add(name);
        IdentityMapping email = FACTORY.createIdentityMapping();
        email.setColumn("email_ids.0.email_id");
        email.setKind(IdentifierKind.EMAIL);
        contacts.getIdentityMappings().add(email);
        erp.getRecordSources().add(contacts);
        fixture.model.getDataSources().add(erp);
    }

    @Test
    void aCompleteApiDataSourceIsValid() {
        assertEquals(List.of(), messages(problems()));
    }

    @Test
    void theBaseUrlMustBeAnAbsoluteHttpUrlAndTheSourceReadOneWay() {
        api.setBaseUrl("erp.example.com/api");
        erp.setJdbcUrl("jdbc:postgresql://db/erp");
        assertProblem(ValidationRule.API_SETTINGS_INVALID, api, "the base URL \"erp.example.com/api\", which is not"
                + " an absolute http or https URL");
        assertProblem(ValidationRule.SOURCE_URL_INVALID, erp, "has both a JDBC URL and API settings");
    }

    @Test
    void eachAuthenticatorGetsWhatItNeeds() {
        erp.setUser(null);
        assertProblem(ValidationRule.API_SETTINGS_INVALID, auth, "authenticates with tokenKeySecret but has no user;"
                + " set the user to the API key");
        auth.setKind(ApiAuthKind.API_KEY_HEADER);
        erp.setCredential("s3cret");
        assertProblem(ValidationRule.API_SETTINGS_INVALID, auth, "names no header");
        assertProblem(ValidationRule.SOURCE_CREDENTIAL_NOT_REFERENCE, erp, "never put a password in the model");
        auth.setKind(ApiAuthKind.OAUTH2_CLIENT_CREDENTIALS);
        erp.setUser("client");
        erp.setCredential("env:CLIENT_SECRET");
        assertProblem(ValidationRule.API_SETTINGS_INVALID, auth, "has no token URL");
    }

    @Test
    void aRequestSaysWhatToAskAndItsPlaceholdersAndPathsAreKnown() {
        request.setPath("api/resource/Contact");
        request.getParameters().add("order_by=${sort}");
        request.setBody("{}");
        request.setRecordsPath("data..items");
        contacts.getIdentityMappings().get(0).setColumn("/email_ids/~2");
        assertProblem(ValidationRule.API_SETTINGS_INVALID, request, "requests the path \"api/resource/Contact\"",
                "starts with /", "sends a body with GET", "unknown placeholder(s) [${sort}]");
        assertProblem(ValidationRule.FIELD_PATH_INVALID, request, "the path \"data..items\" has an empty segment");
        assertProblem(ValidationRule.FIELD_PATH_INVALID, contacts.getIdentityMappings().get(0),
                "names the identifier column \"/email_ids/~2\"", "neither ~0 nor ~1");
    }

    @Test
    void aPaginatorMustSayWhenTheLastPageIsRead() {
        pages.unsetStopWhen();
        assertProblem(ValidationRule.API_SETTINGS_INVALID, pages, "pages by offset but says not when the last page"
                + " is read; set stopWhen (emptyPage, shortPage or totalReached)");
        pages.setKind(PaginationKind.CURSOR_TOKEN);
        pages.setStopWhen(PageStop.SHORT_PAGE);
        assertProblem(ValidationRule.API_SETTINGS_INVALID, pages, "stops when shortPage, which it cannot tell",
                "never sends ${pageToken}", "says not where the next page token is");
    }

    @Test
    void aCursorWithoutSinceInTheRequestReadsEverythingEveryRun() {
        request.getParameters().remove(0);
        assertProblem(ValidationRule.API_NOT_INCREMENTAL, contacts, "has a cursor field but its request has no"
                + " ${since}");
    }

    @Test
    void aRecordSourceOfAnApiHasARequestAndNoTable() {
        contacts.setRequest(null);
        assertProblem(ValidationRule.API_REQUEST_INVALID, contacts, "belongs to an API data source but has no request");
        contacts.setRequest(request);
        contacts.setTable("tabContact");
        assertProblem(ValidationRule.RECORD_SOURCE_ORIGIN_INVALID, contacts, "reads an API but also names a table");
    }

    private Diagnostic assertProblem(ValidationRule rule, EObject element, String... fragments) {
        List<Diagnostic> problems = problems();
        List<Diagnostic> matching = problems.stream()
                .filter(p -> p.getCode() == rule.code() && p.getData().get(0) == element).toList();
        if (matching.isEmpty()) {
            fail("expected a " + rule + " problem on " + element + ", got " + messages(problems));
        }
        String all = String.join("\n", messages(matching));
        assertEquals(rule.severity(), matching.get(0).getSeverity());
        for (String fragment : fragments) {
            assertTrue(all.contains(fragment), "message should contain '" + fragment + "': " + all);
        }
        return matching.get(0);
    }

    private List<Diagnostic> problems() {
        return ModelValidation.problems(ModelValidation.validate(fixture.model));
    }

    private static List<String> messages(List<Diagnostic> problems) {
        return problems.stream().map(Diagnostic::getMessage).toList();
    }
}
