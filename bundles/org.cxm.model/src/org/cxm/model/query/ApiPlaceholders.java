package org.cxm.model.query;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The placeholders an API request's path, parameters and body may hold, such as {@code ${since}}: the API
 * connector fills them in for each page, validation refuses any other.
 */
public final class ApiPlaceholders {

    public static final String SINCE = "since";

    public static final String LIMIT = "limit";

    public static final String OFFSET = "offset";

    public static final String PAGE = "page";

    public static final String PAGE_TOKEN = "pageToken";

    public static final String DELTA_TOKEN = "deltaToken";

    public static final List<String> ALL = List.of(SINCE, LIMIT, OFFSET, PAGE, PAGE_TOKEN, DELTA_TOKEN);

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]*)}");

    private ApiPlaceholders() {
    }

    /** The names of the placeholders in {@code text}, in order of appearance. */
    public static Set<String> in(String text) {
        Set<String> names = new LinkedHashSet<>();
        if (text != null) {
            Matcher matcher = PLACEHOLDER.matcher(text);
            while (matcher.find()) {
                names.add(matcher.group(1));
            }
        }
        return names;
    }

    /** {@code text} with each placeholder replaced by what {@code values} gives for its name. */
    public static String fill(String text, Function<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(filled, Matcher.quoteReplacement(values.apply(matcher.group(1))));
        }
        matcher.appendTail(filled);
        return filled.toString();
    }
}
