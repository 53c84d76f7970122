package org.cxm.connector.api.tests;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Frappe's REST API ({@code GET /api/resource/<DocType>}) over a Frappe-shaped database, answering as
 * Frappe does: the table {@code tab<DocType>}, the requested {@code fields}, {@code filters} as
 * {@code [[field, operator, value]]}, {@code order_by}, {@code limit_start} and {@code limit_page_length}
 * (20 when not given), the records under {@code data}, datetimes to the microsecond. It needs
 * {@code Authorization: token <key>:<secret>}.
 */
final class FrappeRestApi implements MockApiServer.Api {

    static final String API_KEY = "api-key";

    static final String API_SECRET = "api-secret";

    private static final Pattern DOCTYPE = Pattern.compile("/api/resource/([A-Za-z ]+)");

    private static final Pattern FIELD = Pattern.compile("[a-z_]+");

    private static final Pattern ORDER = Pattern.compile("[a-z_]+( (asc|desc))?(, ?[a-z_]+( (asc|desc))?)*");

    private static final DateTimeFormatter MICROS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

    private final Connection database;

    private final ObjectMapper json = new ObjectMapper();

    FrappeRestApi(Connection database) {
        this.database = database;
    }

    @Override
    public MockApiServer.Answer answer(MockApiServer.Request request) throws Exception {
        if (!("token " + API_KEY + ":" + API_SECRET).equals(request.header("Authorization"))) {
            return MockApiServer.Answer.status(401, "{\"exc_type\": \"AuthenticationError\"}");
        }
        var doctype = DOCTYPE.matcher(request.path());
        if (!"GET".equals(request.method()) || !doctype.matches()) {
            return MockApiServer.Answer.status(404, "{\"exc_type\": \"DoesNotExistError\"}");
        }
        List<String> fields = new ArrayList<>();
        json.readTree(request.query().getOrDefault("fields", "[\"name\"]")).forEach(f -> fields.add(field(f)));
        List<Object> parameters = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT " + String.join(", ", fields) + " FROM \"tab"
                + doctype.group(1) + "\" WHERE TRUE");
        for (JsonNode filter : json.readTree(request.query().getOrDefault("filters", "[]"))) {
            sql.append(" AND ").append(condition(filter, parameters));
        }
        String order = request.query().getOrDefault("order_by", "modified desc");
        if (!ORDER.matcher(order).matches()) {
            return MockApiServer.Answer.status(417, "{\"exc_type\": \"ValidationError\"}");
        }
        sql.append(" ORDER BY ").append(order).append(" LIMIT ")
                .append(Integer.parseInt(request.query().getOrDefault("limit_page_length", "20"))).append(" OFFSET ")
                .append(Integer.parseInt(request.query().getOrDefault("limit_start", "0")));
        ObjectNode answer = json.createObjectNode();
        ArrayNode data = answer.putArray("data");
        synchronized (database) {
            try (PreparedStatement statement = database.prepareStatement(sql.toString())) {
                for (int i = 0; i < parameters.size(); i++) {
                    statement.setObject(i + 1, parameters.get(i));
                }
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        data.add(record(rows, fields));
                    }
                }
            }
        }
        return MockApiServer.Answer.json(json.writeValueAsString(answer));
    }

    private ObjectNode record(ResultSet rows, List<String> fields) throws Exception {
        ObjectNode record = json.createObjectNode();
        for (String field : fields) {
            switch (rows.getObject(field)) {
                case null -> record.putNull(field);
                case Timestamp time -> record.put(field, MICROS.format(time.toLocalDateTime()));
                case Date date -> record.put(field, date.toLocalDate().toString());
                case BigDecimal number -> record.put(field, number);
                case Number number -> record.put(field, number.longValue());
                case Object value -> record.put(field, value.toString());
            }
        }
        return record;
    }

    private static String field(JsonNode field) {
        if (!FIELD.matcher(field.asText()).matches()) {
            throw new IllegalArgumentException("bad field " + field);
        }
        return field.asText();
    }

    private static String condition(JsonNode filter, List<Object> parameters) {
        int first = filter.size() == 4 ? 1 : 0;
        String field = field(filter.get(first));
        String operator = filter.get(first + 1).asText();
        if (!List.of("=", "!=", ">=", ">", "<=", "<").contains(operator)) {
            throw new IllegalArgumentException("unsupported operator " + operator);
        }
        JsonNode value = filter.get(first + 2);
        parameters.add(value.isNumber() ? value.numberValue() : value.asText());
        return field + " " + (operator.equals("!=") ? "<>" : operator) + " ?";
    }
}
