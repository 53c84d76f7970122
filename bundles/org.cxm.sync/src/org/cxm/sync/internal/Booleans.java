package org.cxm.sync.internal;

import java.util.Locale;
import java.util.Set;

/** Compares a column value with a value written in the model, such as deleted = "1" or active = "false". */
final class Booleans {

    private static final Set<String> TRUE = Set.of("1", "true", "t", "yes", "y");

    private static final Set<String> FALSE = Set.of("0", "false", "f", "no", "n");

    private Booleans() {
    }

    static boolean sameValue(Object value, String modelValue) {
        String actual = value.toString().strip().toLowerCase(Locale.ROOT);
        String expected = modelValue.strip().toLowerCase(Locale.ROOT);
        if (TRUE.contains(expected) && (TRUE.contains(actual) || FALSE.contains(actual))) {
            return TRUE.contains(actual);
        }
        if (FALSE.contains(expected) && (TRUE.contains(actual) || FALSE.contains(actual))) {
            return FALSE.contains(actual);
        }
        return actual.equals(expected);
    }
}
