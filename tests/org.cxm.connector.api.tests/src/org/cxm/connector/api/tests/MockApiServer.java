package org.cxm.connector.api.tests;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server on a free local port for the connector's tests, answering with a {@link Api}: an
 * emulation of Odoo's JSON API, Frappe's REST API or a simpler feed. Every request is logged, and faults
 * can be queued for the requests that match: a 429 with Retry-After, a 401, a body that is not JSON.
 */
final class MockApiServer implements AutoCloseable {

    /** A request as the server saw it. */
    record Request(String method, String path, Map<String, String> query, Map<String, String> headers, String body) {

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    /** An answer: status, headers and body. */
    record Answer(int status, Map<String, String> headers, String body) {

        static Answer json(String body) {
            return new Answer(200, Map.of("Content-Type", "application/json"), body);
        }

        static Answer status(int status, String body) {
            return new Answer(status, Map.of("Content-Type", "application/json"), body);
        }
    }

    /** What the server emulates. */
    @FunctionalInterface
    interface Api {
        Answer answer(Request request) throws Exception;
    }

    private record Fault(Predicate<Request> matches, Answer answer) {
    }

    private final HttpServer server;

    private final ExecutorService threads = Executors.newFixedThreadPool(4);

    private final List<Request> requests = Collections.synchronizedList(new ArrayList<>());

    private final Deque<Fault> faults = new ArrayDeque<>();

    private volatile Api api;

    MockApiServer(Api api) throws IOException {
        this.api = api;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        server.createContext("/", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Answers the next request that {@code matches} with {@code answer} instead of the API. */
    synchronized void failNext(Predicate<Request> matches, Answer answer) {
        faults.add(new Fault(matches, answer));
    }

    void emulate(Api replacement) {
        api = replacement;
    }

    List<Request> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    void clearRequests() {
        requests.clear();
    }

    private void handle(HttpExchange exchange) throws IOException {
        Request request = request(exchange);
        requests.add(request);
        Answer answer;
        try {
            answer = fault(request);
            if (answer == null) {
                answer = api.answer(request);
            }
        } catch (Exception e) {
            answer = Answer.status(500, "{\"error\": \"" + e.toString().replace("\"", "'") + "\"}");
        }
        byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
        answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private synchronized Answer fault(Request request) {
        for (Fault fault : faults) {
            if (fault.matches().test(request)) {
                faults.remove(fault);
                return fault.answer();
            }
        }
        return null;
    }

    private static Request request(HttpExchange exchange) throws IOException {
        Map<String, String> query = new LinkedHashMap<>();
        String raw = exchange.getRequestURI().getRawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int equals = pair.indexOf('=');
                String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
                query.put(name, equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        Map<String, String> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT),
                values.get(0)));
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        return new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), query, headers, body);
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
