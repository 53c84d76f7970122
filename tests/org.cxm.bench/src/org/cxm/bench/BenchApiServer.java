package org.cxm.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A CRM's REST API for the API sync benchmark, serving JSON written once before the clock starts:
 * {@code GET /contacts} and {@code GET /calls} with since (modified at or after), offset and limit, ordered
 * by modified and id, behind a bearer token. Contacts carry an e-mail and a phone, one in ten sharing its
 * phone with the contact before (so identity resolution merges); calls refer to their contact; every 20
 * records share a modified time.
 */
final class BenchApiServer implements AutoCloseable {

    static final String TOKEN = "bench-token";

    private static final LocalDateTime START = LocalDateTime.of(2026, 1, 1, 0, 0);

    private final byte[][] contacts;

    private final LocalDateTime[] contactTimes;

    private final byte[][] calls;

    private final LocalDateTime[] callTimes;

    private final HttpServer server;

    private final ExecutorService threads = Executors.newFixedThreadPool(2);

    BenchApiServer(int contactCount, int callCount) throws IOException {
        contacts = new byte[contactCount][];
        contactTimes = new LocalDateTime[contactCount];
        for (int i = 0; i < contactCount; i++) {
            contactTimes[i] = START.plusSeconds(i / 20);
            int phone = i % 10 == 9 ? i - 1 : i;
            contacts[i] = ("{\"id\":" + (i + 1) + ",\"name\":\"Person " + (i + 1) + "\",\"email\":\"person" + (i + 1)
                    + "@example.com\",\"phone\":\"+3519" + String.format("%08d", 10_000_000 + phone)
                    + "\",\"modified\":\"" + iso(contactTimes[i]) + "\"}").getBytes(StandardCharsets.UTF_8);
        }
        calls = new byte[callCount][];
        callTimes = new LocalDateTime[callCount];
        for (int i = 0; i < callCount; i++) {
            callTimes[i] = START.plusDays(1).plusSeconds(i / 20);
            calls[i] = ("{\"id\":" + (i + 1) + ",\"contact\":{\"id\":" + (i % contactCount + 1) + "},\"subject\":"
                    + "\"Call " + (i + 1) + "\",\"direction\":\"" + (i % 2 == 0 ? "inbound" : "outbound")
                    + "\",\"started\":\"" + iso(START.plusSeconds(i)) + "\",\"modified\":\"" + iso(callTimes[i])
                    + "\"}").getBytes(StandardCharsets.UTF_8);
        }
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        server.createContext("/contacts", exchange -> serve(exchange, contacts, contactTimes));
        server.createContext("/calls", exchange -> serve(exchange, calls, callTimes));
        server.setExecutor(threads);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private static String iso(LocalDateTime time) {
        String text = time.toString();
        return text.length() == 16 ? text + ":00" : text;
    }

    private static void serve(HttpExchange exchange, byte[][] records, LocalDateTime[] times) throws IOException {
        Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
        byte[] body;
        if (!("Bearer " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            body = "{\"error\":\"unauthorized\"}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(401, body.length);
        } else {
            int first = firstAtOrAfter(times, LocalDateTime.parse(query.getOrDefault("since", "1970-01-01T00:00:00")));
            int from = Math.min(records.length, first + Integer.parseInt(query.getOrDefault("offset", "0")));
            int to = Math.min(records.length, from + Integer.parseInt(query.getOrDefault("limit", "100")));
            int size = 12 + Math.max(0, to - from - 1);
            for (int i = from; i < to; i++) {
                size += records[i].length;
            }
            body = new byte[size];
            int at = put(body, 0, "{\"items\":[".getBytes(StandardCharsets.UTF_8));
            for (int i = from; i < to; i++) {
                at = i == from ? at : put(body, at, new byte[] { ',' });
                at = put(body, at, records[i]);
            }
            put(body, at, "]}".getBytes(StandardCharsets.UTF_8));
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
        }
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static int put(byte[] target, int at, byte[] bytes) {
        System.arraycopy(bytes, 0, target, at, bytes.length);
        return at + bytes.length;
    }

    private static int firstAtOrAfter(LocalDateTime[] times, LocalDateTime since) {
        int low = 0;
        int high = times.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (times[middle].isBefore(since)) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> query = new HashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int equals = pair.indexOf('=');
                query.put(pair.substring(0, equals), URLDecoder.decode(pair.substring(equals + 1),
                        StandardCharsets.UTF_8));
            }
        }
        return query;
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
