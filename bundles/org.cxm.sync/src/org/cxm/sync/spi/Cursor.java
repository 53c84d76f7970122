package org.cxm.sync.spi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * A position in a record source's change order: the cursor column's value and, to break ties between
 * records that share it, the key values of the last record at that value. Kept in the store as text with
 * each value's type, so it binds back as the same SQL type.
 *
 * @param value the cursor column value: a timestamp, a date, a number or text; {@code null} at the start
 * @param keyValues the key column values of the last record read, empty at the start
 */
public record Cursor(Object value, List<Object> keyValues) {

    /** The position before the first record. */
    public static final Cursor START = new Cursor(null, List.of());

    private static final String SEPARATOR = "\u001f";

    public boolean isStart() {
        return value == null;
    }

    /** The cursor value as stored: a type prefix and its text. */
    public String encodedValue() {
        return encode(value);
    }

    /** The key values as stored. */
    public String encodedKey() {
        List<String> parts = new ArrayList<>();
        keyValues.forEach(key -> parts.add(encode(key)));
        return String.join(SEPARATOR, parts);
    }

    /** Reads a cursor written by {@link #encodedValue()} and {@link #encodedKey()}. */
    public static Cursor decode(String encodedValue, String encodedKey) {
        if (encodedValue == null) {
            return START;
        }
        try {
            List<Object> keys = new ArrayList<>();
            if (encodedKey != null && !encodedKey.isEmpty()) {
                for (String part : encodedKey.split(SEPARATOR, -1)) {
                    keys.add(decode(part));
                }
            }
            return new Cursor(decode(encodedValue), keys);
        } catch (DateTimeParseException | NumberFormatException e) {
            return START;
        }
    }

    private static String encode(Object value) {
        return switch (value) {
            case null -> null;
            case LocalDateTime time -> "ts:" + time;
            case OffsetDateTime time -> "tstz:" + time;
            case LocalDate date -> "date:" + date;
            case Long number -> "long:" + number;
            case Integer number -> "long:" + number;
            case Short number -> "long:" + number;
            case Number number -> "num:" + number;
            default -> "text:" + value;
        };
    }

    private static Object decode(String encoded) {
        int colon = encoded.indexOf(':');
        String text = encoded.substring(colon + 1);
        return switch (encoded.substring(0, colon)) {
            case "ts" -> LocalDateTime.parse(text);
            case "tstz" -> OffsetDateTime.parse(text);
            case "date" -> LocalDate.parse(text);
            case "long" -> Long.parseLong(text);
            case "num" -> new BigDecimal(text);
            default -> text;
        };
    }
}
