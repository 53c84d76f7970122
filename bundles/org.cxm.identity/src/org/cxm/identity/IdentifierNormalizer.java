package org.cxm.identity;

import java.util.Locale;
import java.util.regex.Pattern;

import org.cxm.model.IdentifierKind;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * Brings identifiers from different systems to one comparable form: e-mail addresses trimmed and in
 * lower case, phone numbers in E.164 (libphonenumber), tax ids without separators and in upper case.
 */
public final class IdentifierNormalizer {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

    private static final Pattern TAX_SEPARATORS = Pattern.compile("[\\s.\\-/]");

    private final PhoneNumberUtil phones = PhoneNumberUtil.getInstance();

    private final String defaultRegion;

    /** @param defaultRegion the region of phone numbers without country code, such as "DE"; may be null */
    public IdentifierNormalizer(String defaultRegion) {
        this.defaultRegion = defaultRegion == null || defaultRegion.isBlank() ? "ZZ"
                : defaultRegion.strip().toUpperCase(Locale.ROOT);
    }

    public NormalizedIdentifier normalize(IdentifierKind kind, String raw) {
        if (raw == null || raw.isBlank()) {
            return NormalizedIdentifier.empty(kind);
        }
        String text = raw.strip();
        return switch (kind) {
            case EMAIL -> email(text);
            case PHONE -> phone(text);
            case TAX_ID -> NormalizedIdentifier.of(kind, TAX_SEPARATORS.matcher(text).replaceAll("")
                    .toUpperCase(Locale.ROOT));
            case EXTERNAL_ID -> NormalizedIdentifier.of(kind, text);
        };
    }

    private static NormalizedIdentifier email(String text) {
        String address = text.startsWith("<") && text.endsWith(">") ? text.substring(1, text.length() - 1) : text;
        address = address.strip().toLowerCase(Locale.ROOT);
        if (!EMAIL.matcher(address).matches()) {
            return NormalizedIdentifier.invalid(IdentifierKind.EMAIL, "invalid e-mail address \"" + text + "\"");
        }
        return NormalizedIdentifier.of(IdentifierKind.EMAIL, address);
    }

    private NormalizedIdentifier phone(String text) {
        try {
            PhoneNumber number = phones.parse(text, defaultRegion);
            if (!phones.isPossibleNumber(number)) {
                return NormalizedIdentifier.invalid(IdentifierKind.PHONE, "impossible phone number \"" + text + "\"");
            }
            return NormalizedIdentifier.of(IdentifierKind.PHONE, phones.format(number, PhoneNumberFormat.E164));
        } catch (NumberParseException e) {
            return NormalizedIdentifier.invalid(IdentifierKind.PHONE, "unreadable phone number \"" + text + "\" ("
                    + e.getMessage() + (defaultRegion.equals("ZZ") ? "; set a default region for national numbers"
                            : "") + ")");
        }
    }
}
