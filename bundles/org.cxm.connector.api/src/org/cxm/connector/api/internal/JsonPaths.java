package org.cxm.connector.api.internal;

import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.cxm.model.query.FieldPath;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Evaluates the field paths of a mapping on JSON and turns what they find into the plain values the sync
 * maps: text, whole numbers as {@code Long}, other numbers as {@code BigDecimal}, booleans, and nested
 * objects or arrays as their JSON text. Parsed paths are kept, since every record asks for the same ones.
 */
final class JsonPaths {

    private static final Map<String, FieldPath> PARSED = new ConcurrentHashMap<>();

    private JsonPaths() {
    }

    /** The node at {@code path} in {@code node}; {@code null} when the path leads nowhere. */
    static JsonNode find(JsonNode node, String path) {
        JsonNode current = node;
        for (String segment : parse(path).segments()) {
            if (current == null) {
                return null;
            }
            current = current.isArray() && isIndex(segment) ? current.get(Integer.parseInt(segment))
                    : current.get(segment);
        }
        return current;
    }

    /** The value at {@code path} as the sync maps it; {@code null} when missing or JSON null. */
    static Object value(JsonNode node, String path, boolean falseIsEmpty) {
        return plain(find(node, path), falseIsEmpty);
    }

    static Object plain(JsonNode found, boolean falseIsEmpty) {
        if (found == null || found.isNull() || found.isMissingNode()) {
            return null;
        }
        if (found.isTextual()) {
            return found.textValue();
        }
        if (found.isBoolean()) {
            return falseIsEmpty && !found.booleanValue() ? null : found.booleanValue();
        }
        if (found.isIntegralNumber() && found.canConvertToLong()) {
            return found.longValue();
        }
        if (found.isNumber()) {
            return found.isBigDecimal() ? found.decimalValue() : new BigDecimal(found.asText());
        }
        return found.toString();
    }

    static FieldPath parse(String path) {
        return PARSED.computeIfAbsent(path == null ? "" : path, FieldPath::parse);
    }

    private static boolean isIndex(String segment) {
        if (segment.isEmpty() || segment.length() > 9) {
            return false;
        }
        for (int i = 0; i < segment.length(); i++) {
            if (!Character.isDigit(segment.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
