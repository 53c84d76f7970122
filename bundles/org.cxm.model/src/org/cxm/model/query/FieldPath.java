package org.cxm.model.query;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a value is in a JSON record or answer of an API data source: a JSON pointer ({@code /partner_id/0},
 * with {@code ~1} for / and {@code ~0} for ~) or a dotted path ({@code partner_id.0}, {@code data.items}).
 * A segment of digits indexes an array; any other segment names a field. The empty path is the whole
 * document. The mapping of an API record source names its key, cursor and mapped columns this way.
 *
 * @param text the path as written in the model
 * @param segments the field names and array indexes, outermost first
 */
public record FieldPath(String text, List<String> segments) {

    /**
     * Reads {@code text}.
     *
     * @throws IllegalArgumentException saying what is wrong, for an empty segment or a bad pointer escape
     */
    public static FieldPath parse(String text) {
        if (text == null || text.isEmpty()) {
            return new FieldPath("", List.of());
        }
        List<String> segments = new ArrayList<>();
        if (text.startsWith("/")) {
            for (String part : text.substring(1).split("/", -1)) {
                if (part.matches(".*~([^01]|$).*")) {
                    throw new IllegalArgumentException("the JSON pointer \"" + text + "\" has a ~ that is neither ~0"
                            + " nor ~1");
                }
                segments.add(part.replace("~1", "/").replace("~0", "~"));
            }
            return new FieldPath(text, List.copyOf(segments));
        }
        for (String part : text.split("\\.", -1)) {
            if (part.isBlank()) {
                throw new IllegalArgumentException("the path \"" + text + "\" has an empty segment; write field names"
                        + " and array indexes separated by single dots, such as partner_id.0");
            }
            segments.add(part);
        }
        return new FieldPath(text, List.copyOf(segments));
    }

    /** The problem with {@code text} as a field path, or {@code null} when it is one. */
    public static String problem(String text) {
        try {
            parse(text);
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    public boolean isRoot() {
        return segments.isEmpty();
    }

    @Override
    public String toString() {
        return text;
    }
}
