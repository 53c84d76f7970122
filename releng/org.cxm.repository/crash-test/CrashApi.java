import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The crash test's CRM as a REST API (crm-api.cxm reads it): the same 2,000 contacts and 100,000 calls as
 * source.sql, every 50 calls sharing one modified time, served by GET /contacts and GET /calls with since
 * (modified at or after), offset and limit, ordered by modified and id, behind a bearer token. Run with
 * "java CrashApi.java <port file>": it listens on a free local port and writes the port to that file.
 */
public final class CrashApi {

    private static final LocalDateTime CONTACTS = LocalDateTime.of(2026, 1, 1, 0, 0);

    private static final LocalDateTime CALLS = LocalDateTime.of(2026, 2, 1, 0, 0);

    private static final String[] CONTACT_JSON = new String[2000];

    private static final LocalDateTime[] CONTACT_MODIFIED = new LocalDateTime[2000];

    private static final String[] CALL_JSON = new String[100_000];

    private static final LocalDateTime[] CALL_MODIFIED = new LocalDateTime[100_000];

    public static void main(String[] arguments) throws IOException {
        for (int x = 1; x <= 2000; x++) {
            CONTACT_MODIFIED[x - 1] = CONTACTS.plusMinutes(x);
            CONTACT_JSON[x - 1] = "{\"id\":\"c" + x + "\",\"first_name\":\"First" + x + "\",\"last_name\":\"Last" + x
                    + "\",\"email1\":\"person" + x + "@example.com\",\"date_modified\":\""
                    + iso(CONTACT_MODIFIED[x - 1]) + "\",\"deleted\":0}";
        }
        for (int x = 1; x <= 100_000; x++) {
            CALL_MODIFIED[x - 1] = CALLS.plusMinutes(x / 50);
            CALL_JSON[x - 1] = "{\"id\":\"k" + "%07d".formatted(x) + "\",\"parent_id\":\"c" + (x % 2000 + 1)
                    + "\",\"name\":\"Call " + x + "\",\"date_start\":\"" + iso(CALLS.plusSeconds(x))
                    + "\",\"direction\":\"" + (x % 2 == 0 ? "Inbound" : "Outbound") + "\",\"date_modified\":\""
                    + iso(CALL_MODIFIED[x - 1]) + "\",\"deleted\":0}";
        }
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        server.createContext("/contacts", exchange -> serve(exchange, CONTACT_JSON, CONTACT_MODIFIED));
        server.createContext("/calls", exchange -> serve(exchange, CALL_JSON, CALL_MODIFIED));
        server.setExecutor(Executors.newFixedThreadPool(2));
        server.start();
        Files.writeString(Path.of(arguments[0]), Integer.toString(server.getAddress().getPort()));
    }

    private static String iso(LocalDateTime time) {
        String text = time.toString();
        return text.length() == 16 ? text + ":00" : text;
    }

    private static void serve(HttpExchange exchange, String[] records, LocalDateTime[] modified) throws IOException {
        Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
        byte[] body;
        int status = 200;
        if (!"Bearer crash-token".equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            status = 401;
            body = "{\"error\":\"unauthorized\"}".getBytes(StandardCharsets.UTF_8);
        } else {
            LocalDateTime since = LocalDateTime.parse(query.getOrDefault("since", "1970-01-01T00:00:00"));
            int first = 0;
            while (first < modified.length && modified[first].isBefore(since)) {
                first++;
            }
            int from = Math.min(records.length, first + Integer.parseInt(query.getOrDefault("offset", "0")));
            int to = Math.min(records.length, from + Integer.parseInt(query.getOrDefault("limit", "100")));
            StringBuilder json = new StringBuilder("{\"items\":[");
            for (int i = from; i < to; i++) {
                json.append(i == from ? "" : ",").append(records[i]);
            }
            body = json.append("]}").toString().getBytes(StandardCharsets.UTF_8);
        }
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> query = new HashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int equals = pair.indexOf('=');
                query.put(pair.substring(0, equals), URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return query;
    }
}
