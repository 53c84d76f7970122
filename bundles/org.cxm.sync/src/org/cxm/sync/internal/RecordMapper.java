package org.cxm.sync.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.cxm.identity.IdentifierNormalizer;
import org.cxm.identity.NormalizedIdentifier;
import org.cxm.model.CanonicalField;
import org.cxm.model.FieldMapping;
import org.cxm.model.IdentifierKind;
import org.cxm.model.IdentityMapping;
import org.cxm.model.RecordKind;
import org.cxm.model.RecordSource;
import org.cxm.sync.spi.SourceRecord;

/**
 * Maps source records to the history's canonical fields as a record source's mappings say, and rejects
 * what cannot be stored faithfully: a missing key, an unreadable date, an invalid e-mail address, text
 * too long for its field, or text with broken encoding. A rejection says why, for the dead letters. A
 * phone number no region reads does not reject its record: the record is kept without it, and says why.
 */
final class RecordMapper {

    /** The longest text each field keeps; longer text is rejected rather than silently cut. */
    private static final Map<CanonicalField, Integer> MAX_LENGTH = Map.of(CanonicalField.SUBJECT, 1000,
            CanonicalField.SUMMARY, 4000, CanonicalField.STATUS, 100, CanonicalField.DISPLAY_NAME, 400,
            CanonicalField.COMPANY, 400, CanonicalField.CURRENCY, 3, CanonicalField.CHANNEL, 60,
            CanonicalField.DIRECTION, 20, CanonicalField.CUSTOMER_REF, 200, CanonicalField.PAYMENT_STATUS, 40);

    /** Thrown for a record that cannot be synced; the message is the dead letter's reason. */
    static final class RejectedRecord extends Exception {

        private static final long serialVersionUID = 1L;

        RejectedRecord(String reason) {
            super(reason);
        }
    }

    private final RecordSource source;

    private final IdentifierNormalizer normalizer;

    RecordMapper(RecordSource source, IdentifierNormalizer normalizer) {
        this.source = source;
        this.normalizer = normalizer;
    }

    MappedRecord map(SourceRecord record) throws RejectedRecord {
        if (record.problem() != null) {
            throw new RejectedRecord(record.problem());
        }
        if (record.key() == null) {
            throw new RejectedRecord("null key: key column(s) " + source.getPrimaryKey() + " must have values");
        }
        Map<CanonicalField, Object> fields = new EnumMap<>(CanonicalField.class);
        for (FieldMapping mapping : source.getFieldMappings()) {
            Object raw = mapping.getColumn() == null ? null : record.columns().get(lower(mapping.getColumn()));
            Object value = raw == null || raw.toString().isBlank() ? mapping.getDefaultValue() : raw;
            if (value != null && mapping.getField() != null) {
                fields.put(mapping.getField(), convert(mapping.getField(), mapping.getColumn(), value));
            }
        }
        if (source.getKind() != RecordKind.CUSTOMER && fields.get(CanonicalField.OCCURRED_AT) == null) {
            throw new RejectedRecord("no date: the column mapped to occurredAt is empty, so the record cannot be"
                    + " placed on a timeline");
        }
        List<NormalizedIdentifier> identifiers = new ArrayList<>();
        List<String> invalidPhones = new ArrayList<>(0);
        for (IdentityMapping mapping : source.getIdentityMappings()) {
            if (mapping.getUnlessColumn() != null && !isEmpty(record.columns().get(lower(mapping.getUnlessColumn())))) {
                continue;
            }
            NormalizedIdentifier identifier = identifier(mapping, record);
            if (identifier.problem() != null && mapping.getKind() == IdentifierKind.EMAIL) {
                throw new RejectedRecord(identifier.problem() + " in column " + mapping.getColumn());
            }
            if (identifier.problem() != null) {
                invalidPhones.add(identifier.problem() + " in column " + mapping.getColumn());
            }
            if (identifier.isValid()) {
                identifiers.add(identifier);
            }
        }
        boolean deleted = isDeleted(record);
        return new MappedRecord(record, source.getName() + ":" + record.key(), fields, identifiers, deleted,
                hash(fields, identifiers, deleted), invalidPhones);
    }

    /** The identifier {@code mapping} reads; a phone for the record's own region when a column gives it. */
    private NormalizedIdentifier identifier(IdentityMapping mapping, SourceRecord record) {
        Object raw = record.columns().get(lower(mapping.getColumn()));
        String text = raw == null ? null : raw.toString();
        if (mapping.getKind() != IdentifierKind.PHONE) {
            return normalizer.normalize(mapping.getKind(), text);
        }
        Object region = mapping.getRegionColumn() == null ? null
                : record.columns().get(lower(mapping.getRegionColumn()));
        return normalizer.phone(text, region == null ? null : region.toString());
    }

    private boolean isDeleted(SourceRecord record) {
        if (source.getDeletedColumn() == null || source.getDeletedValue() == null) {
            return false;
        }
        Object value = record.columns().get(lower(source.getDeletedColumn()));
        return value != null && Booleans.sameValue(value, source.getDeletedValue());
    }

    private static Object convert(CanonicalField field, String column, Object value) throws RejectedRecord {
        return switch (field) {
            case OCCURRED_AT, DUE_AT -> timestamp(column, value);
            case AMOUNT -> decimal(column, value);
            case SURVEY_SCORE -> decimal(column, value).doubleValue();
            default -> text(field, column, value);
        };
    }

    private static String text(CanonicalField field, String column, Object value) throws RejectedRecord {
        String text = value instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : value.toString();
        if (text.indexOf('\uFFFD') >= 0 || text.indexOf('\u0000') >= 0 || hasLoneSurrogate(text)) {
            throw new RejectedRecord("broken encoding in column " + column + ": the text holds replacement or"
                    + " control characters that no encoding maps back");
        }
        Integer max = MAX_LENGTH.get(field);
        if (max != null && text.length() > max) {
            throw new RejectedRecord("oversized text in column " + column + ": " + text.length()
                    + " characters, " + field.getLiteral() + " keeps at most " + max);
        }
        return text;
    }

    private static OffsetDateTime timestamp(String column, Object value) throws RejectedRecord {
        try {
            return switch (value) {
                case OffsetDateTime time -> time;
                case LocalDateTime time -> time.atOffset(ZoneOffset.UTC);
                case LocalDate date -> date.atStartOfDay().atOffset(ZoneOffset.UTC);
                case java.util.Date date -> date.toInstant().atOffset(ZoneOffset.UTC);
                default -> Timestamps.parse(value.toString());
            };
        } catch (DateTimeParseException e) {
            throw new RejectedRecord("bad date in column " + column + ": \"" + value + "\" is not a date and time");
        }
    }

    private static BigDecimal decimal(String column, Object value) throws RejectedRecord {
        try {
            return value instanceof BigDecimal decimal ? decimal : new BigDecimal(value.toString().strip());
        } catch (NumberFormatException e) {
            throw new RejectedRecord("bad number in column " + column + ": \"" + value + "\"");
        }
    }

    private static boolean hasLoneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(++i)))
                    || Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    private static String hash(Map<CanonicalField, Object> fields, List<NormalizedIdentifier> identifiers,
            boolean deleted) {
        StringBuilder content = new StringBuilder().append(deleted);
        new TreeMap<>(fields).forEach((field, value) -> content.append('\u001f').append(field).append('=')
                .append(value));
        identifiers.forEach(id -> content.append('\u001f').append(id.kind()).append('=').append(id.value()));
        return ContentHash.of(content);
    }

    private static boolean isEmpty(Object value) {
        return value == null || value.toString().isBlank();
    }

    private static String lower(String column) {
        return column.toLowerCase(Locale.ROOT);
    }
}
