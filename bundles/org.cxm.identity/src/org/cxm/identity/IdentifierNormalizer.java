package org.cxm.identity;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.cxm.model.IdentifierKind;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * Brings identifiers from different systems to one comparable form: e-mail addresses trimmed and in
 * lower case, phone numbers in E.164 (libphonenumber), tax ids and postcodes without separators and in
 * upper case, last names in lower case without accents and punctuation.
 *
 * <p>A phone number without a country code is read for the record's own region when it has one, then for
 * the default region, then as an international number whose leading digits are the country code (written
 * without its + or 00); see {@link #phone(String, String)}.
 */
public final class IdentifierNormalizer {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

    private static final Pattern TAX_SEPARATORS = Pattern.compile("[\\s.\\-/]");

    private static final Pattern POSTCODE_SEPARATORS = Pattern.compile("[\\s.\\-]");

    private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");

    private static final Pattern NOT_NAME = Pattern.compile("[^\\p{L}\\p{N}]+");

    private static final String UNKNOWN_REGION = "ZZ";

    /** How many phone numbers {@link #phone} remembers; beyond that it forgets them all and starts again. */
    private static final int PHONE_CACHE_SIZE = 100_000;

    private final PhoneNumberUtil phones = PhoneNumberUtil.getInstance();

    private final String defaultRegion;

    /**
     * Phone numbers read before, by what was written and the record's region: parsing one costs as much as
     * mapping the rest of its record, and an interaction table repeats each customer's number in every row.
     */
    private final Map<String, NormalizedIdentifier> phoneCache = new ConcurrentHashMap<>();

    /** @param defaultRegion the region of phone numbers without country code, such as "DE"; may be null */
    public IdentifierNormalizer(String defaultRegion) {
        String code = PhoneRegions.code(defaultRegion);
        this.defaultRegion = code == null ? UNKNOWN_REGION : code;
    }

    public NormalizedIdentifier normalize(IdentifierKind kind, String raw) {
        if (kind == IdentifierKind.PHONE) {
            return phone(raw, null);
        }
        if (raw == null || raw.isBlank()) {
            return NormalizedIdentifier.empty(kind);
        }
        String text = raw.strip();
        return switch (kind) {
            case EMAIL -> email(text);
            case TAX_ID -> NormalizedIdentifier.of(kind, TAX_SEPARATORS.matcher(text).replaceAll("")
                    .toUpperCase(Locale.ROOT));
            case POSTCODE -> nonEmpty(kind, POSTCODE_SEPARATORS.matcher(text).replaceAll("").toUpperCase(Locale.ROOT));
            case LAST_NAME -> nonEmpty(kind, lastName(text));
            case PHONE, EXTERNAL_ID -> NormalizedIdentifier.of(kind, text);
        };
    }

    /**
     * The phone number {@code raw} of a record whose country is {@code recordRegion} (see
     * {@link PhoneRegions#code}; {@code null} or unknown when the record gives none). Tried in order:
     * <ol>
     * <li>as written, for the record's region, or the default region when the record has none: accepted when
     * it is a possible number there (the right length);</li>
     * <li>for the default region, when the record's region did not fit: accepted when it is a valid number
     * there (an assigned range), so that a domestic number in a record of another country is read;</li>
     * <li>as an international number written without its + or 00, such as 351 912 345 678: accepted when it
     * is a valid number of the region its leading digits name.</li>
     * </ol>
     * Anything else is invalid, with a problem that says what was tried.
     */
    public NormalizedIdentifier phone(String raw, String recordRegion) {
        if (raw == null || raw.isBlank()) {
            return NormalizedIdentifier.empty(IdentifierKind.PHONE);
        }
        String key = recordRegion == null ? raw : raw + '\u001f' + recordRegion;
        NormalizedIdentifier cached = phoneCache.get(key);
        if (cached == null) {
            cached = parsePhone(raw.strip(), recordRegion);
            if (phoneCache.size() >= PHONE_CACHE_SIZE) {
                phoneCache.clear();
            }
            phoneCache.put(key, cached);
        }
        return cached;
    }

    private NormalizedIdentifier parsePhone(String text, String recordRegion) {
        String own = PhoneRegions.code(recordRegion);
        PhoneNumber number = parse(text, own == null ? defaultRegion : own);
        if (number != null && phones.isPossibleNumber(number)) {
            return e164(number);
        }
        if (own != null && !own.equals(defaultRegion)) {
            number = parse(text, defaultRegion);
            if (number != null && phones.isValidNumber(number)) {
                return e164(number);
            }
        }
        number = international(text);
        if (number != null && phones.isValidNumber(number)) {
            return e164(number);
        }
        return NormalizedIdentifier.invalid(IdentifierKind.PHONE, "invalid phone number \"" + text + "\": "
                + tried(recordRegion, own));
    }

    /** What {@link #phone} tried, for the problem of a number none of it fits. */
    private String tried(String recordRegion, String own) {
        StringBuilder tried = new StringBuilder("not a number");
        if (own != null) {
            tried.append(" of ").append(own).append(" (the record's region),");
        }
        if (!defaultRegion.equals(UNKNOWN_REGION) && !defaultRegion.equals(own)) {
            tried.append(" of ").append(defaultRegion).append(" (the default region),");
        }
        if (tried.charAt(tried.length() - 1) == ',') {
            tried.setLength(tried.length() - 1);
            tried.append(" or");
        }
        tried.append(" with a country code");
        if (recordRegion != null && !recordRegion.isBlank() && own == null) {
            tried.append("; the record's region \"").append(recordRegion.strip())
                    .append("\" is no ISO 3166 country code or English country name");
        }
        if (own == null && defaultRegion.equals(UNKNOWN_REGION)) {
            tried.append("; set a default region for national numbers");
        }
        return tried.toString();
    }

    private PhoneNumber parse(String text, String region) {
        try {
            return phones.parse(text, region);
        } catch (NumberParseException e) {
            return null;
        }
    }

    /** {@code text} read as +digits: its digits after any leading 00 or +, the country code first. */
    private PhoneNumber international(String text) {
        String digits = text.replaceAll("[^0-9]", "");
        if (digits.startsWith("00")) {
            digits = digits.substring(2);
        }
        return digits.length() < 7 ? null : parse("+" + digits, UNKNOWN_REGION);
    }

    private NormalizedIdentifier e164(PhoneNumber number) {
        return NormalizedIdentifier.of(IdentifierKind.PHONE, phones.format(number, PhoneNumberFormat.E164));
    }

    private static NormalizedIdentifier email(String text) {
        String address = text.startsWith("<") && text.endsWith(">") ? text.substring(1, text.length() - 1) : text;
        address = address.strip().toLowerCase(Locale.ROOT);
        if (!EMAIL.matcher(address).matches()) {
            return NormalizedIdentifier.invalid(IdentifierKind.EMAIL, "invalid e-mail address \"" + text + "\"");
        }
        return NormalizedIdentifier.of(IdentifierKind.EMAIL, address);
    }

    /** Müller, MULLER and "muller " alike: no accents, lower case, words separated by one blank. */
    private static String lastName(String text) {
        String plain = ACCENTS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        return NOT_NAME.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** A value that normalised to nothing, such as a last name of punctuation only, is no identifier. */
    private static NormalizedIdentifier nonEmpty(IdentifierKind kind, String value) {
        return value.isEmpty() ? NormalizedIdentifier.empty(kind) : NormalizedIdentifier.of(kind, value);
    }
}
