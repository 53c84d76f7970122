package org.cxm.connector.api.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.cxm.sync.spi.Cursor;

/**
 * Cursor values of API records: a modified time read from JSON text as a timestamp (so that look-back
 * windows and comparisons work on time, not text), the order of two cursors, and how a cursor is written
 * into a request as ${since}.
 */
final class CursorValues {

    /** What the first run asks for: everything modified since the epoch. */
    static final LocalDateTime EPOCH = LocalDateTime.of(1970, 1, 1, 0, 0);

    private CursorValues() {
    }

    /** {@code value} as a timestamp when it reads as one (ISO, with a blank or T, with or without offset). */
    static Object of(Object value) {
        if (!(value instanceof String text) || text.length() < 10 || !Character.isDigit(text.charAt(0))) {
            return value;
        }
        String iso = text.strip().replace(' ', 'T');
        try {
            if (iso.length() == 10) {
                return LocalDate.parse(iso).atStartOfDay();
            }
            if (iso.endsWith("Z") || iso.matches(".*[+-]\\d\\d:?\\d\\d$")) {
                return OffsetDateTime.parse(iso).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
            }
            return LocalDateTime.parse(iso);
        } catch (DateTimeParseException e) {
            return value;
        }
    }

    /** How {@code value} is sent as ${since}: a timestamp in {@code pattern} (ISO when empty), else as text. */
    static String since(Object value, String pattern) {
        Object cursor = value == null ? EPOCH : value;
        DateTimeFormatter format = pattern == null || pattern.isBlank() ? DateTimeFormatter.ISO_LOCAL_DATE_TIME
                : DateTimeFormatter.ofPattern(pattern);
        return switch (cursor) {
            case LocalDateTime time -> format.format(time);
            case OffsetDateTime time -> format.format(time.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime());
            case LocalDate date -> format.format(date.atStartOfDay());
            default -> cursor.toString();
        };
    }

    /**
     * Whether {@code cursor} comes after {@code start} in change order: a later value, or the same value
     * and a later key. A start without key values (a look-back) includes every record at its value.
     */
    static boolean isAfter(Cursor cursor, Cursor start) {
        if (start.isStart()) {
            return true;
        }
        int byValue = compare(cursor.value(), start.value());
        if (byValue != 0) {
            return byValue > 0;
        }
        if (start.keyValues().isEmpty()) {
            return true;
        }
        return compareKeys(cursor.keyValues(), start.keyValues()) > 0;
    }

    private static int compareKeys(List<Object> keys, List<Object> others) {
        for (int i = 0; i < Math.min(keys.size(), others.size()); i++) {
            int compared = compare(keys.get(i), others.get(i));
            if (compared != 0) {
                return compared;
            }
        }
        return Integer.compare(keys.size(), others.size());
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    static int compare(Object value, Object other) {
        if (value == null || other == null) {
            return value == other ? 0 : value == null ? -1 : 1;
        }
        if (value instanceof Number number && other instanceof Number otherNumber) {
            return new BigDecimal(number.toString()).compareTo(new BigDecimal(otherNumber.toString()));
        }
        if (value.getClass() == other.getClass() && value instanceof Comparable comparable) {
            return comparable.compareTo(other);
        }
        return value.toString().compareTo(other.toString());
    }
}
