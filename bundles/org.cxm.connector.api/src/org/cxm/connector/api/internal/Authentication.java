package org.cxm.connector.api.internal;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import org.cxm.model.ApiAuthKind;
import org.cxm.model.ApiAuthenticator;
import org.cxm.sync.spi.SourceException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The header that authenticates a request of an API data source, by the model's scheme: a bearer token,
 * an API key in a header of its own, Frappe's {@code token key:secret}, or an OAuth2 access token fetched
 * with the client-credentials grant and fetched again when it expires or the server refuses it.
 */
final class Authentication {

    /** A token this close to its expiry is fetched again rather than sent. */
    private static final Duration EXPIRY_MARGIN = Duration.ofSeconds(30);

    private final String sourceName;

    private final ApiAuthenticator settings;

    private final String user;

    private final String secret;

    private final HttpClient http;

    private final URI tokenUri;

    private final Duration timeout;

    private final ObjectMapper json;

    private String accessToken;

    private Instant expires = Instant.MIN;

    Authentication(String sourceName, ApiAuthenticator settings, String user, String secret, HttpClient http,
            URI base, Duration timeout, ObjectMapper json) {
        this.sourceName = sourceName;
        this.settings = settings;
        this.user = user;
        this.secret = secret;
        this.http = http;
        this.tokenUri = settings == null || settings.getTokenUrl() == null ? null : base.resolve(settings.getTokenUrl());
        this.timeout = timeout;
        this.json = json;
    }

    private ApiAuthKind kind() {
        return settings == null ? ApiAuthKind.NONE : settings.getKind();
    }

    /** Whether a refused request is worth one more try with a fresh token. */
    boolean canRefresh() {
        return kind() == ApiAuthKind.OAUTH2_CLIENT_CREDENTIALS;
    }

    /** Forgets the access token, so the next request fetches a new one. */
    synchronized void invalidate() {
        accessToken = null;
    }

    /** Adds the authentication header to {@code request}; fetches an OAuth2 token first if needed. */
    void authenticate(HttpRequest.Builder request) throws SourceException {
        switch (kind()) {
            case NONE -> {
                // An open API, or one authenticated by the data source's headers.
            }
            case BEARER -> request.header("Authorization", "Bearer " + secret);
            case API_KEY_HEADER -> request.header(settings.getHeaderName(), secret);
            case TOKEN_KEY_SECRET -> request.header("Authorization", "token " + user + ":" + secret);
            case OAUTH2_CLIENT_CREDENTIALS -> request.header("Authorization", "Bearer " + accessToken());
        }
    }

    private synchronized String accessToken() throws SourceException {
        if (accessToken == null || Instant.now().plus(EXPIRY_MARGIN).isAfter(expires)) {
            fetchToken();
        }
        return accessToken;
    }

    private void fetchToken() throws SourceException {
        String form = "grant_type=client_credentials&client_id=" + encode(user) + "&client_secret=" + encode(secret)
                + (settings.getScope() == null || settings.getScope().isBlank() ? ""
                        : "&scope=" + encode(settings.getScope()));
        HttpRequest request = HttpRequest.newBuilder(tokenUri).timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new SourceException(sourceName + ": cannot reach the token endpoint " + tokenUri + ": " + e, true, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SourceException(sourceName + ": interrupted while fetching a token", false, e);
        }
        if (response.statusCode() / 100 != 2) {
            throw new SourceException(sourceName + ": the token endpoint " + tokenUri + " refused the client "
                    + user + " (HTTP " + response.statusCode() + "): " + ApiClient.excerpt(response.body()),
                    response.statusCode() >= 500, null);
        }
        try {
            JsonNode token = json.readTree(response.body());
            if (!token.path("access_token").isTextual()) {
                throw new SourceException(sourceName + ": the token endpoint " + tokenUri + " answered without an"
                        + " access_token: " + ApiClient.excerpt(response.body()), false, null);
            }
            accessToken = token.get("access_token").textValue();
            long seconds = token.path("expires_in").asLong(3600);
            expires = Instant.now().plusSeconds(seconds);
        } catch (IOException e) {
            throw new SourceException(sourceName + ": the token endpoint " + tokenUri + " answered malformed JSON: "
                    + ApiClient.excerpt(response.body()), false, e);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text == null ? "" : text, StandardCharsets.UTF_8);
    }
}
