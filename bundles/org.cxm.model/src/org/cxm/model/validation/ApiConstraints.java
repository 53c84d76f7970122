package org.cxm.model.validation;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.cxm.model.ApiAuthKind;
import org.cxm.model.ApiAuthenticator;
import org.cxm.model.ApiConnection;
import org.cxm.model.ApiPaginator;
import org.cxm.model.ApiRequest;
import org.cxm.model.CxmPackage;
import org.cxm.model.DataSource;
import org.cxm.model.HttpMethod;
import org.cxm.model.PageStop;
import org.cxm.model.PaginationKind;
import org.cxm.model.RecordSource;
import org.cxm.model.query.ApiPlaceholders;
import org.cxm.model.query.FieldPath;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Rules of API data sources and their record sources: an absolute base URL, an authenticator with what its
 * scheme needs (the secret always a credential reference), requests whose placeholders are known and whose
 * field paths parse, and a paginator that says when it has read the last page.
 */
final class ApiConstraints {

    private ApiConstraints() {
    }

    /** Whether {@code source} is read through its API rather than JDBC. */
    static boolean isApi(DataSource source) {
        return source != null && source.getApi() != null;
    }

    static void check(DataSource source, ApiConnection api, String label, Problems problems) {
        if (source.getJdbcUrl() != null && !source.getJdbcUrl().isBlank()) {
            problems.report(ValidationRule.SOURCE_URL_INVALID, source, CxmPackage.Literals.DATA_SOURCE__JDBC_URL,
                    label + " has both a JDBC URL and API settings; a data source is read one way: remove one.");
        }
        String problem = urlProblem(api.getBaseUrl());
        if (problem != null) {
            report(api, CxmPackage.Literals.API_CONNECTION__BASE_URL, label + " has " + problem
                    + "; give the absolute http(s) URL every request path is relative to, such as"
                    + " https://erp.example.com.", problems);
        }
        for (String header : api.getHeaders()) {
            if (!header.matches("[!#$%&'*+.^_`|~0-9A-Za-z-]+:.*")) {
                report(api, CxmPackage.Literals.API_CONNECTION__HEADERS, label + " has the header \"" + header
                        + "\"; write each header as Name: value.", problems);
            }
        }
        if (api.getRequestsPerSecond() < 0 || api.getMaxRetryAfterSeconds() < 0 || api.getTimeoutSeconds() < 1) {
            report(api, CxmPackage.Literals.API_CONNECTION__REQUESTS_PER_SECOND, label + " allows "
                    + api.getRequestsPerSecond() + " requests a second, waits at most " + api.getMaxRetryAfterSeconds()
                    + " s for Retry-After and times out after " + api.getTimeoutSeconds() + " s; use a rate of 0 (no"
                    + " limit) or more, a wait of 0 s or more and a timeout of at least 1 s.", problems);
        }
        if (api.getAuthenticator() != null) {
            checkAuthenticator(source, api.getAuthenticator(), label, problems);
        }
    }

    private static void checkAuthenticator(DataSource source, ApiAuthenticator auth, String label,
            Problems problems) {
        ApiAuthKind kind = auth.getKind();
        boolean hasUser = source.getUser() != null && !source.getUser().isBlank();
        boolean hasSecret = source.getCredential() != null && !source.getCredential().isBlank();
        String scheme = " authenticates with " + kind.getLiteral();
        if (kind != ApiAuthKind.NONE && !hasSecret) {
            report(auth, CxmPackage.Literals.API_AUTHENTICATOR__KIND, label + scheme + " but has no credential; set"
                    + " the credential to env:VARIABLE or secure:key, where the secret is.", problems);
        }
        if ((kind == ApiAuthKind.TOKEN_KEY_SECRET || kind == ApiAuthKind.OAUTH2_CLIENT_CREDENTIALS) && !hasUser) {
            report(auth, CxmPackage.Literals.API_AUTHENTICATOR__KIND, label + scheme + " but has no user; set the"
                    + " user to the " + (kind == ApiAuthKind.TOKEN_KEY_SECRET ? "API key" : "OAuth2 client id")
                    + ".", problems);
        }
        if (kind == ApiAuthKind.API_KEY_HEADER && (auth.getHeaderName() == null || auth.getHeaderName().isBlank())) {
            report(auth, CxmPackage.Literals.API_AUTHENTICATOR__HEADER_NAME, label + scheme + " but names no header;"
                    + " set the header name, such as X-API-Key.", problems);
        }
        if (kind == ApiAuthKind.OAUTH2_CLIENT_CREDENTIALS && (auth.getTokenUrl() == null
                || auth.getTokenUrl().isBlank())) {
            report(auth, CxmPackage.Literals.API_AUTHENTICATOR__TOKEN_URL, label + scheme + " but has no token URL;"
                    + " set the token endpoint, such as /oauth/token.", problems);
        }
    }

    static void check(RecordSource source, String label, Problems problems) {
        ApiRequest request = source.getRequest();
        if (request == null) {
            problems.report(ValidationRule.API_REQUEST_INVALID, source, CxmPackage.Literals.RECORD_SOURCE__REQUEST,
                    label + " belongs to an API data source but has no request; say what to request, such as GET"
                            + " /api/resource/Contact.");
            return;
        }
        if (source.getTable() != null || source.getQuery() != null || source.getNamedQuery() != null
                || source.getFilter() != null) {
            problems.report(ValidationRule.RECORD_SOURCE_ORIGIN_INVALID, source,
                    CxmPackage.Literals.RECORD_SOURCE__TABLE, label + " reads an API but also names a table, a query"
                            + " or a filter, which only JDBC data sources read; remove them and filter in the request.");
        }
        checkRequest(request, label, problems);
        Set<String> placeholders = placeholders(request);
        boolean incremental = placeholders.contains(ApiPlaceholders.SINCE)
                || placeholders.contains(ApiPlaceholders.DELTA_TOKEN);
        if (!source.getCursorColumns().isEmpty() && !incremental) {
            problems.report(ValidationRule.API_NOT_INCREMENTAL, source, CxmPackage.Literals.RECORD_SOURCE__REQUEST,
                    label + " has a cursor field but its request has no ${since} (nor ${deltaToken}), so every run"
                            + " reads every record; filter the request on the cursor, such as [[\"modified\", \">=\","
                            + " \"${since}\"]].");
        }
        if (request.getDeletedRecords() != null) {
            checkDeletedRecords(request.getDeletedRecords(), label, problems);
        }
    }

    private static void checkRequest(ApiRequest request, String label, Problems problems) {
        if (request.getPath() == null || !request.getPath().startsWith("/")) {
            report(request, CxmPackage.Literals.API_REQUEST__PATH, label + " requests the path \""
                    + request.getPath() + "\"; give a path after the base URL that starts with /.", problems);
        }
        if (request.getMethod() == HttpMethod.GET && request.getBody() != null && !request.getBody().isBlank()) {
            report(request, CxmPackage.Literals.API_REQUEST__BODY, label + " sends a body with GET; use POST for a"
                    + " JSON body, or move it into parameters.", problems);
        }
        for (String parameter : request.getParameters()) {
            if (parameter.indexOf('=') < 1) {
                report(request, CxmPackage.Literals.API_REQUEST__PARAMETERS, label + " has the parameter \""
                        + parameter + "\"; write each parameter as name=value.", problems);
            }
        }
        Set<String> unknown = new LinkedHashSet<>(placeholders(request));
        unknown.removeAll(ApiPlaceholders.ALL);
        if (!unknown.isEmpty()) {
            report(request, CxmPackage.Literals.API_REQUEST__PATH, label + " uses the unknown placeholder(s) "
                    + unknown.stream().map(name -> "${" + name + "}").toList() + "; the request may use "
                    + ApiPlaceholders.ALL.stream().map(name -> "${" + name + "}").toList() + ".", problems);
        }
        checkPath(request, CxmPackage.Literals.API_REQUEST__RECORDS_PATH, request.getRecordsPath(), label, problems);
        checkPath(request, CxmPackage.Literals.API_REQUEST__DELTA_TOKEN_PATH, request.getDeltaTokenPath(), label,
                problems);
        boolean deltaPlaceholder = placeholders(request).contains(ApiPlaceholders.DELTA_TOKEN);
        if ((request.getDeltaTokenPath() != null) != deltaPlaceholder) {
            report(request, CxmPackage.Literals.API_REQUEST__DELTA_TOKEN_PATH, label + (deltaPlaceholder
                    ? " sends ${deltaToken} but says not where the next token is; set the delta token path."
                    : " has a delta token path but never sends ${deltaToken}; put it in a parameter or the body."),
                    problems);
        }
        if (request.getSinceFormat() != null && !request.getSinceFormat().isBlank()) {
            try {
                java.time.format.DateTimeFormatter.ofPattern(request.getSinceFormat());
            } catch (IllegalArgumentException e) {
                report(request, CxmPackage.Literals.API_REQUEST__SINCE_FORMAT, label + " writes ${since} as \""
                        + request.getSinceFormat() + "\", which is no date-time pattern: " + e.getMessage(), problems);
            }
        }
        if (request.getPaginator() != null) {
            checkPaginator(request, request.getPaginator(), label, problems);
        }
    }

    private static void checkPaginator(ApiRequest request, ApiPaginator paginator, String label, Problems problems) {
        PaginationKind kind = paginator.getKind();
        String pages = label + " pages by " + kind.getLiteral();
        if (!paginator.isSetStopWhen()) {
            report(paginator, CxmPackage.Literals.API_PAGINATOR__STOP_WHEN, pages + " but says not when the last page"
                    + " is read; set stopWhen (" + stopsFor(kind) + ").", problems);
        } else if (!stopsFor(kind).contains(paginator.getStopWhen().getLiteral())) {
            report(paginator, CxmPackage.Literals.API_PAGINATOR__STOP_WHEN, pages + " and stops when "
                    + paginator.getStopWhen().getLiteral() + ", which it cannot tell; use one of " + stopsFor(kind)
                    + ".", problems);
        }
        if (paginator.getStopWhen() == PageStop.TOTAL_REACHED && paginator.isSetStopWhen()
                && blank(paginator.getTotalPath())) {
            report(paginator, CxmPackage.Literals.API_PAGINATOR__TOTAL_PATH, pages + " until the total is reached"
                    + " but says not where the total is; set the total path.", problems);
        }
        String needed = switch (kind) {
            case OFFSET -> ApiPlaceholders.OFFSET;
            case PAGE_NUMBER -> ApiPlaceholders.PAGE;
            case CURSOR_TOKEN -> ApiPlaceholders.PAGE_TOKEN;
            case NEXT_LINK, LINK_HEADER -> null;
        };
        if (needed != null && !placeholders(request).contains(needed)) {
            report(paginator, CxmPackage.Literals.API_PAGINATOR__KIND, pages + " but its request never sends ${"
                    + needed + "}; put it in a parameter or the body.", problems);
        }
        if ((kind == PaginationKind.CURSOR_TOKEN || kind == PaginationKind.NEXT_LINK) && blank(paginator.getNextPath())) {
            report(paginator, CxmPackage.Literals.API_PAGINATOR__NEXT_PATH, pages + " but says not where the next "
                    + (kind == PaginationKind.CURSOR_TOKEN ? "page token" : "link") + " is; set the next path.",
                    problems);
        }
        checkPath(paginator, CxmPackage.Literals.API_PAGINATOR__NEXT_PATH, paginator.getNextPath(), label, problems);
        checkPath(paginator, CxmPackage.Literals.API_PAGINATOR__TOTAL_PATH, paginator.getTotalPath(), label, problems);
        if (paginator.getPageSize() < 1 || paginator.getMaxPages() < 1) {
            report(paginator, CxmPackage.Literals.API_PAGINATOR__PAGE_SIZE, pages + " of " + paginator.getPageSize()
                    + " records, at most " + paginator.getMaxPages() + " pages; use at least 1 of each.", problems);
        }
    }

    private static void checkDeletedRecords(ApiRequest deleted, String label, Problems problems) {
        String deletions = label + "'s deleted-records request";
        checkRequest(deleted, deletions, problems);
        if (blank(deleted.getDeletedKeyPath()) || blank(deleted.getDeletedCursorPath())) {
            report(deleted, CxmPackage.Literals.API_REQUEST__DELETED_KEY_PATH, deletions + " needs the field of the"
                    + " deleted record's key and a field that only grows, such as deleted_name and modified.",
                    problems);
        }
        checkPath(deleted, CxmPackage.Literals.API_REQUEST__DELETED_KEY_PATH, deleted.getDeletedKeyPath(), deletions,
                problems);
        checkPath(deleted, CxmPackage.Literals.API_REQUEST__DELETED_CURSOR_PATH, deleted.getDeletedCursorPath(),
                deletions, problems);
    }

    /** Reports {@code path} of {@code element} unless it is empty or a field path. */
    static void checkPath(EObject element, EStructuralFeature feature, String path, String label,
            Problems problems) {
        String problem = path == null ? null : FieldPath.problem(path);
        if (problem != null) {
            problems.report(ValidationRule.FIELD_PATH_INVALID, element, feature, label + ": " + problem + ".");
        }
    }

    private static String stopsFor(PaginationKind kind) {
        return switch (kind) {
            case OFFSET, PAGE_NUMBER -> "emptyPage, shortPage or totalReached";
            case CURSOR_TOKEN, NEXT_LINK, LINK_HEADER -> "noNext";
        };
    }

    private static Set<String> placeholders(ApiRequest request) {
        Set<String> names = new LinkedHashSet<>(ApiPlaceholders.in(request.getPath()));
        request.getParameters().forEach(parameter -> names.addAll(ApiPlaceholders.in(parameter)));
        names.addAll(ApiPlaceholders.in(request.getBody()));
        return names;
    }

    private static String urlProblem(String url) {
        if (blank(url)) {
            return "no base URL";
        }
        try {
            URI uri = new URI(url);
            if (!List.of("http", "https").contains(String.valueOf(uri.getScheme())) || uri.getHost() == null) {
                return "the base URL \"" + url + "\", which is not an absolute http or https URL";
            }
            return null;
        } catch (URISyntaxException e) {
            return "the base URL \"" + url + "\", which is malformed (" + e.getReason() + ")";
        }
    }

    private static void report(EObject element, EStructuralFeature feature, String message, Problems problems) {
        problems.report(ValidationRule.API_SETTINGS_INVALID, element, feature, message);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
