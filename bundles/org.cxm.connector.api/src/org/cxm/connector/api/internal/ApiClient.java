package org.cxm.connector.api.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import org.cxm.model.ApiConnection;
import org.cxm.model.DataSource;
import org.cxm.sync.spi.SourceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the requests of one API data source: authenticated, with its headers, no faster than its rate
 * limit, and patient with a busy server. A 429 or 5xx answer is tried again after the wait its Retry-After
 * asks for, or else after a back-off that doubles (the data source's retry delay and attempts); a refused
 * OAuth2 token is fetched again once. Every failure names the data source and the request.
 */
final class ApiClient {

    private static final Logger LOG = LoggerFactory.getLogger(ApiClient.class);

    private static final long MAX_BACKOFF_MILLIS = 60_000;

    /** How many Retry-After waits one request honours before it counts them as failed attempts. */
    private static final int MAX_WAITS_ASKED = 10;

    /** An answer of the API: its status, headers and body bytes. */
    record Answer(URI uri, int status, HttpHeaders headers, byte[] body) {
    }

    private final String sourceName;

    private final ApiConnection settings;

    private final HttpClient http;

    private final Authentication authentication;

    private final int maxAttempts;

    private final long firstDelayMillis;

    private final long minIntervalNanos;

    private long lastRequestNanos;

    ApiClient(DataSource source, HttpClient http, Authentication authentication) {
        this.sourceName = source.getName();
        this.settings = source.getApi();
        this.http = http;
        this.authentication = authentication;
        this.maxAttempts = Math.max(1, source.getMaxAttempts());
        this.firstDelayMillis = Math.max(0, source.getRetryDelaySeconds()) * 1000L;
        this.minIntervalNanos = settings.getRequestsPerSecond() > 0
                ? (long) (1_000_000_000L / settings.getRequestsPerSecond()) : 0;
    }

    Duration timeout() {
        return Duration.ofSeconds(Math.max(1, settings.getTimeoutSeconds()));
    }

    /** Sends {@code request} (without authentication and headers yet) until it gets a 2xx answer. */
    Answer send(HttpRequest.Builder request, String description) throws SourceException {
        long backoff = firstDelayMillis;
        boolean refreshed = false;
        int waitsAsked = 0;
        for (int attempt = 1;; attempt++) {
            HttpResponse<byte[]> response = exchange(prepared(request), description, attempt);
            if (response == null) {
                pause(backoff, description);
                backoff = nextBackoff(backoff);
                continue;
            }
            int status = response.statusCode();
            if (status / 100 == 2) {
                return new Answer(response.uri(), status, response.headers(), response.body());
            }
            if (status == 401 && authentication.canRefresh() && !refreshed) {
                // An access token can expire before its announced time: fetch a new one, once.
                authentication.invalidate();
                refreshed = true;
                attempt--;
                continue;
            }
            if (status != 429 && status < 500) {
                throw new SourceException(sourceName + ": " + description + " answered HTTP " + status
                        + (status == 401 || status == 403 ? " (the credentials were refused)" : "") + ": "
                        + excerpt(new String(response.body(), StandardCharsets.UTF_8)), false, null);
            }
            Optional<Long> asked = retryAfterMillis(response);
            long wait = asked.orElse(backoff);
            if (asked.isPresent() && wait > settings.getMaxRetryAfterSeconds() * 1000L) {
                // Not retried by the engine either: asking again now is what the server asked us not to do.
                throw new SourceException(sourceName + ": " + description + " answered HTTP " + status
                        + " and asks to wait " + wait / 1000 + " s, longer than the " + settings.getMaxRetryAfterSeconds()
                        + " s its data source waits at most; sync again later", false, null);
            }
            if (asked.isPresent() && waitsAsked++ < MAX_WAITS_ASKED) {
                // The server said when to come back: that is not a failure, so it costs no attempt.
                attempt--;
            }
            if (attempt >= maxAttempts) {
                throw new SourceException(sourceName + ": " + description + " answered HTTP " + status + " "
                        + attempt + " times", true, null);
            }
            LOG.warn("{}: {} answered HTTP {}; trying again in {} ms", sourceName, description, status, wait);
            pause(wait, description);
            backoff = asked.isPresent() ? backoff : nextBackoff(backoff);
        }
    }

    private HttpRequest prepared(HttpRequest.Builder request) throws SourceException {
        HttpRequest.Builder copy = request.copy().timeout(timeout());
        for (String header : settings.getHeaders()) {
            int colon = header.indexOf(':');
            copy.header(header.substring(0, colon).strip(), header.substring(colon + 1).strip());
        }
        authentication.authenticate(copy);
        return copy.build();
    }

    /** The answer, or {@code null} after a network failure that another attempt may overcome. */
    private HttpResponse<byte[]> exchange(HttpRequest request, String description, int attempt)
            throws SourceException {
        pace();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            if (attempt >= maxAttempts) {
                throw new SourceException(sourceName + ": cannot reach " + description + ": " + e, true, e);
            }
            LOG.warn("{}: cannot reach {} ({}); trying again", sourceName, description, e.toString());
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SourceException(sourceName + ": interrupted during " + description, false, e);
        }
    }

    /** Waits until the rate limit allows the next request. */
    private synchronized void pace() throws SourceException {
        if (minIntervalNanos <= 0) {
            return;
        }
        long wait = lastRequestNanos + minIntervalNanos - System.nanoTime();
        if (wait > 0) {
            pause(wait / 1_000_000, "the rate limit");
        }
        lastRequestNanos = System.nanoTime();
    }

    private static Optional<Long> retryAfterMillis(HttpResponse<?> response) {
        Optional<String> header = response.headers().firstValue("Retry-After");
        if (header.isEmpty()) {
            return Optional.empty();
        }
        String value = header.get().strip();
        try {
            return Optional.of(Math.max(0, Long.parseLong(value)) * 1000);
        } catch (NumberFormatException e) {
            try {
                ZonedDateTime when = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
                return Optional.of(Math.max(0, Duration.between(ZonedDateTime.now(), when).toMillis()));
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
    }

    private long nextBackoff(long backoff) {
        return Math.min(MAX_BACKOFF_MILLIS, Math.max(firstDelayMillis, backoff * 2));
    }

    private void pause(long millis, String description) throws SourceException {
        try {
            Thread.sleep(Math.max(0, millis));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SourceException(sourceName + ": interrupted while waiting for " + description, false, e);
        }
    }

    /** The start of an answer's body, for a message. */
    static String excerpt(String body) {
        String flat = body == null ? "" : body.replaceAll("\\s+", " ").strip();
        return flat.length() > 300 ? flat.substring(0, 300) + "..." : flat;
    }
}
