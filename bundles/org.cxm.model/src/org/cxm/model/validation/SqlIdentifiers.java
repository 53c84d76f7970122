package org.cxm.model.validation;

import java.util.regex.Pattern;

/**
 * What the model accepts as SQL table and column names. Names from the model end up in SQL text (values
 * never do; they are bound parameters), so only plain identifiers, optionally schema-qualified, pass.
 */
public final class SqlIdentifiers {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_$]{0,127}");

    private static final Pattern QUALIFIED = Pattern.compile(IDENTIFIER + "(\\." + IDENTIFIER + ")?");

    private SqlIdentifiers() {
    }

    /** Whether {@code name} is a plain column name, such as {@code date_modified}. */
    public static boolean isColumn(String name) {
        return name != null && IDENTIFIER.matcher(name).matches();
    }

    /** Whether {@code name} is a table name, optionally with its schema, such as {@code public.res_partner}. */
    public static boolean isTable(String name) {
        return name != null && QUALIFIED.matcher(name).matches();
    }

    /**
     * Why {@code filter} cannot be added to a record source's reads as {@code AND (filter)}, or {@code null}
     * when it can: a filter is one condition, so outside its quoted literals and names it has no semicolon,
     * no comment, and every parenthesis it opens it closes (so it cannot end the parentheses around it).
     * The database checks the condition itself when the source is tested.
     */
    public static String filterProblem(String filter) {
        if (filter == null || filter.isBlank()) {
            return "is empty; give a condition such as kind = 'call', or no filter";
        }
        char quote = 0;
        int depth = 0;
        for (int i = 0; i < filter.length(); i++) {
            char c = filter.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == ';') {
                return "has a semicolon; a filter is one condition, not statements";
            } else if (filter.startsWith("--", i) || filter.startsWith("/*", i)) {
                return "has a comment; write the condition only";
            } else if (c == '(' || c == ')') {
                depth += c == '(' ? 1 : -1;
                if (depth < 0) {
                    return "closes a parenthesis it did not open";
                }
            }
        }
        if (quote != 0) {
            return "leaves a quote open";
        }
        return depth == 0 ? null : "leaves a parenthesis open";
    }

    /**
     * Whether {@code query} looks like one read-only statement: it starts with SELECT or WITH and has no
     * statement separator outside quotes. The database still checks it when the source is tested.
     */
    public static boolean isSingleSelect(String query) {
        if (query == null) {
            return false;
        }
        String text = query.strip();
        String head = text.length() >= 6 ? text.substring(0, 6).toUpperCase(java.util.Locale.ROOT) : "";
        if (!head.startsWith("SELECT") && !head.startsWith("WITH")) {
            return false;
        }
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            quoted ^= c == '\'';
            if (c == ';' && !quoted && i < text.length() - 1) {
                return false;
            }
        }
        return true;
    }
}
