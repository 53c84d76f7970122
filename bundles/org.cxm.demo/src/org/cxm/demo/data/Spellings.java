package org.cxm.demo.data;

import java.util.Random;
import java.util.UUID;

/**
 * The ways people and systems write the same identifier: UK phone numbers in six styles, e-mail addresses
 * in mixed case, first names as nicknames, and the UUIDs SuiteCRM uses as ids.
 */
final class Spellings {

    /** How many styles {@link #phone(String, int)} knows. */
    static final int PHONE_STYLES = 6;

    private Spellings() {
    }

    /**
     * A UK number (national significant number {@code nsn}, without the leading 0) the way people write it:
     * national with spaces, international, with brackets, with (0), with 00 44, or bare digits.
     */
    static String phone(String nsn, int style) {
        String head = nsn.startsWith("7") || nsn.startsWith("16") ? nsn.substring(0, 4) : nsn.substring(0, 2);
        String tail = nsn.substring(head.length());
        String spaced = tail.length() > 6
                ? tail.substring(0, tail.length() - 4) + " " + tail.substring(tail.length() - 4)
                : tail.substring(0, 3) + " " + tail.substring(3);
        return switch (style) {
            case 0 -> "0" + head + " " + spaced;
            case 1 -> "+44 " + head + " " + spaced;
            case 2 -> "(0" + head + ") " + spaced;
            case 3 -> "+44 (0)" + head + " " + spaced;
            case 4 -> "0044 " + head + " " + spaced;
            default -> "0" + nsn;
        };
    }

    /** {@code email} with some letters in upper case, at least one. */
    static String mixedCase(String email, Random random) {
        StringBuilder mixed = new StringBuilder(email.length());
        boolean changed = false;
        for (char c : email.toCharArray()) {
            boolean upper = Character.isLetter(c)
                    && (random.nextInt(3) == 0 || mixed.isEmpty() || !changed && c == '@');
            changed |= upper;
            mixed.append(upper ? Character.toUpperCase(c) : c);
        }
        if (!changed) {
            mixed.setCharAt(0, Character.toUpperCase(mixed.charAt(0)));
        }
        return mixed.toString();
    }

    /** What a person called {@code first} may be called in a second record. */
    static String nickname(String first) {
        return switch (first) {
            case "Margaret" -> "Maggie";
            case "Daniel" -> "Dan";
            case "Samuel" -> "Sam";
            case "Oliver" -> "Ollie";
            case "Muhammad" -> "Mohammed";
            default -> first.substring(0, Math.min(first.length(), 3)) + ".";
        };
    }

    /** A random (version 4) UUID drawn from {@code random}, so that the same seed gives the same ids. */
    static String uuid(Random random) {
        long high = random.nextLong() & 0xffffffffffff0fffL | 0x0000000000004000L;
        long low = random.nextLong() & 0x3fffffffffffffffL | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }

    static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
