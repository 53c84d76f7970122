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
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Odoo's JSON-2 API ({@code POST /json/2/<model>/search_read}) over an Odoo-shaped database, answering as
 * Odoo does: a JSON array of the requested fields, false for an empty field, many-to-one fields as
 * {@code [id, "display name"]}, datetimes as {@code yyyy-MM-dd HH:mm:ss} in UTC (to the second, while the
 * order is by the stored microseconds), archived records only with {@code active_test: false}, and the
 * computed field amount_total_in_currency_signed. It needs {@code Authorization: bearer <key>}.
 */
final class OdooJsonApi implements MockApiServer.Api {

    private static final Pattern PATH = Pattern.compile("/json/2/([a-z_.]+)/search_read");

    private static final Pattern ORDER = Pattern.compile("[a-z_]+( (asc|desc))?(, ?[a-z_]+( (asc|desc))?)*");

    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** Each model as the SQL that computes its fields; many-to-one fields have a {@code <field>__name} column. */
    private static final Map<String, String> MODELS = Map.of(
            "res.partner", "SELECT p.*, pp.name AS parent_id__name FROM res_partner p"
                    + " LEFT JOIN res_partner pp ON pp.id = p.parent_id",
            "sale.order", "SELECT o.*, p.name AS partner_id__name, c.name AS currency_id__name FROM sale_order o"
                    + " LEFT JOIN res_partner p ON p.id = o.partner_id LEFT JOIN res_currency c ON c.id = o.currency_id",
            "account.move", "SELECT m.*, CASE WHEN m.move_type = 'out_refund' THEN -m.amount_total ELSE m.amount_total"
                    + " END AS amount_total_in_currency_signed, p.name AS partner_id__name,"
                    + " c.name AS currency_id__name FROM account_move m LEFT JOIN res_partner p ON p.id = m.partner_id"
                    + " LEFT JOIN res_currency c ON c.id = m.currency_id");

    private static final List<String> MANY_TO_ONE = List.of("partner_id", "parent_id", "currency_id");

    private final Connection database;

    private final String apiKey;

    private final ObjectMapper json = new ObjectMapper();

    OdooJsonApi(Connection database, String apiKey) {
        this.database = database;
        this.apiKey = apiKey;
    }

    @Override
    public MockApiServer.Answer answer(MockApiServer.Request request) throws Exception {
        if (!("bearer " + apiKey).equalsIgnoreCase(String.valueOf(request.header("Authorization")))) {
            return MockApiServer.Answer.status(401, "{\"error\": \"Invalid apikey\"}");
        }
        Matcher path = PATH.matcher(request.path());
        if (!"POST".equals(request.method()) || !path.matches() || !MODELS.containsKey(path.group(1))) {
            return MockApiServer.Answer.status(404, "{\"error\": \"no such model or method\"}");
        }
        JsonNode kwargs = json.readTree(request.body());
        List<Object> parameters = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT * FROM (" + MODELS.get(path.group(1)) + ") r WHERE TRUE");
        for (JsonNode leaf : kwargs.path("domain")) {
            sql.append(" AND ").append(condition(leaf, parameters));
        }
        if (kwargs.path("context").path("active_test").asBoolean(true) && path.group(1).equals("res.partner")) {
            sql.append(" AND active");
        }
        String order = kwargs.path("order").asText("id");
        if (!ORDER.matcher(order).matches()) {
            return MockApiServer.Answer.status(400, "{\"error\": \"Invalid order\"}");
        }
        sql.append(" ORDER BY ").append(order).append(" LIMIT ").append(kwargs.path("limit").asInt(80))
                .append(" OFFSET ").append(kwargs.path("offset").asInt(0));
        ArrayNode records = json.createArrayNode();
        synchronized (database) {
            try (PreparedStatement statement = database.prepareStatement(sql.toString())) {
                for (int i = 0; i < parameters.size(); i++) {
                    statement.setObject(i + 1, parameters.get(i));
                }
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        records.add(record(rows, kwargs.path("fields")));
                    }
                }
            }
        }
        return MockApiServer.Answer.json(json.writeValueAsString(records));
    }

    private ObjectNode record(ResultSet rows, JsonNode fields) throws Exception {
        ObjectNode record = json.createObjectNode();
        for (JsonNode field : fields) {
            String name = field.asText();
            Object value = rows.getObject(name);
            if (value == null) {
                record.put(name, false);
            } else if (MANY_TO_ONE.contains(name)) {
                record.putArray(name).add(((Number) value).longValue()).add(rows.getString(name + "__name"));
            } else {
                switch (value) {
                    case Timestamp time -> record.put(name, SECONDS.format(time.toLocalDateTime()));
                    case Date date -> record.put(name, date.toLocalDate().toString());
                    case Boolean flag -> record.put(name, flag);
                    case BigDecimal number -> record.put(name, number);
                    case Number number -> record.put(name, number.longValue());
                    default -> record.put(name, value.toString());
                }
            }
        }
        return record;
    }

    /** A domain leaf [field, operator, value] as SQL; false compares as NULL, as Odoo's domains do. */
    private static String condition(JsonNode leaf, List<Object> parameters) {
        String field = leaf.get(0).asText();
        if (!field.matches("[a-z_]+")) {
            throw new IllegalArgumentException("bad field " + field);
        }
        String operator = leaf.get(1).asText();
        JsonNode value = leaf.get(2);
        if (value.isBoolean() && !value.booleanValue() && !field.equals("active") && !field.equals("partner_share")) {
            return field + (operator.equals("=") ? " IS NULL" : " IS NOT NULL");
        }
        if (operator.equals("in") || operator.equals("not in")) {
            List<String> marks = new ArrayList<>();
            value.forEach(item -> {
                marks.add("?");
                parameters.add(item.asText());
            });
            return field + (operator.equals("in") ? " IN (" : " NOT IN (") + String.join(", ", marks) + ")";
        }
        if (!List.of("=", "!=", ">=", ">", "<=", "<").contains(operator)) {
            throw new IllegalArgumentException("unsupported operator " + operator);
        }
        parameters.add(value.isBoolean() ? value.booleanValue() : value.isNumber() ? value.numberValue()
                : value.asText());
        return field + " " + (operator.equals("!=") ? "<>" : operator) + " ?";
    }
}
