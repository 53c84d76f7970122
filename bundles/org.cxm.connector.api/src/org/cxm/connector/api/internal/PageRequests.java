package org.cxm.connector.api.internal;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.cxm.model.ApiRequest;
import org.cxm.model.HttpMethod;
import org.cxm.model.query.ApiPlaceholders;

/**
 * Builds the HTTP request for one page of a record source from its modelled request: the placeholders
 * filled in, URL-encoded in the path and parameters, JSON-escaped in the body. A parameter whose whole
 * value is a placeholder with no value (the page token of the first page) is left out.
 */
final class PageRequests {

    private final String baseUrl;

    private final ApiRequest request;

    PageRequests(String baseUrl, ApiRequest request) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.request = request;
    }

    URI base() {
        return URI.create(baseUrl + "/");
    }

    /** The request of the page whose placeholders have {@code values}; a missing value is empty. */
    HttpRequest.Builder page(Map<String, String> values) {
        URI uri = URI.create(baseUrl + path(values) + query(values));
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).header("Accept", "application/json");
        if (request.getMethod() == HttpMethod.POST) {
            String body = request.getBody() == null ? "{}"
                    : ApiPlaceholders.fill(request.getBody(), name -> jsonEscaped(values.getOrDefault(name, "")));
            return builder.header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        }
        return builder.GET();
    }

    /** A GET of {@code link}, a next-page URL the API gave, absolute or relative to the base URL. */
    HttpRequest.Builder link(String link) {
        return HttpRequest.newBuilder(base().resolve(link)).header("Accept", "application/json").GET();
    }

    /** What a message calls the request: its method and path. */
    String describe() {
        return (request.getMethod() == HttpMethod.POST ? "POST " : "GET ") + request.getPath();
    }

    private String path(Map<String, String> values) {
        String filled = ApiPlaceholders.fill(request.getPath(), name -> values.getOrDefault(name, ""));
        List<String> segments = new ArrayList<>();
        for (String segment : filled.split("/", -1)) {
            segments.add(URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return String.join("/", segments);
    }

    private String query(Map<String, String> values) {
        List<String> parameters = new ArrayList<>();
        for (String parameter : request.getParameters()) {
            int equals = parameter.indexOf('=');
            String name = parameter.substring(0, equals);
            String template = parameter.substring(equals + 1);
            String value = ApiPlaceholders.fill(template, placeholder -> values.getOrDefault(placeholder, ""));
            boolean onlyPlaceholder = ApiPlaceholders.fill(template, placeholder -> "").isEmpty()
                    && !ApiPlaceholders.in(template).isEmpty();
            if (onlyPlaceholder && value.isEmpty()) {
                continue;
            }
            parameters.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
        return parameters.isEmpty() ? "" : "?" + String.join("&", parameters);
    }

    private static String jsonEscaped(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> escaped.append("\\\"");
                case '\\' -> escaped.append("\\\\");
                case '\n' -> escaped.append("\\n");
                case '\r' -> escaped.append("\\r");
                case '\t' -> escaped.append("\\t");
                default -> {
                    if (c < 0x20) {
                        escaped.append(String.format("\\u%04x", (int) c));
                    } else {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }
}
