package org.cxm.identity;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.google.i18n.phonenumbers.PhoneNumberUtil;

/**
 * Reads the country a record gives for its phone numbers: an ISO 3166-1 alpha-2 code such as {@code PT},
 * an alpha-3 code such as {@code PRT}, or the country's English name such as {@code Portugal}, in any case
 * and with surrounding blanks. Only regions libphonenumber has numbering plans for are known.
 */
public final class PhoneRegions {

    private static final Map<String, String> BY_NAME = names();

    private PhoneRegions() {
    }

    /** The alpha-2 code of the region {@code text} names, or {@code null} when it is empty or unknown. */
    public static String code(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return BY_NAME.get(text.strip().toLowerCase(Locale.ROOT));
    }

    private static Map<String, String> names() {
        Set<String> supported = PhoneNumberUtil.getInstance().getSupportedRegions();
        Map<String, String> names = new HashMap<>();
        for (String code : supported) {
            Locale country = Locale.of("", code);
            names.put(code.toLowerCase(Locale.ROOT), code);
            try {
                names.put(country.getISO3Country().toLowerCase(Locale.ROOT), code);
            } catch (java.util.MissingResourceException e) {
                // A region without an alpha-3 code is known by its alpha-2 code and name only.
            }
            String english = country.getDisplayCountry(Locale.ENGLISH);
            if (!english.isBlank() && !english.equalsIgnoreCase(code)) {
                names.putIfAbsent(english.toLowerCase(Locale.ROOT), code);
            }
        }
        return Map.copyOf(names);
    }
}
