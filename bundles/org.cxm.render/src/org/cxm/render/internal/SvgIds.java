package org.cxm.render.internal;

/**
 * Turns model ids into SVG element ids: an XML name, prefixed so that it cannot clash with the ids the
 * SVG library generates. Model ids may contain any character except whitespace.
 */
final class SvgIds {

    private static final String PREFIX = "cxm-";

    private SvgIds() {
    }

    static String of(String modelId) {
        StringBuilder id = new StringBuilder(PREFIX);
        for (int i = 0; i < modelId.length(); i++) {
            char c = modelId.charAt(i);
            id.append(Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.' ? c : '_');
        }
        return id.toString();
    }
}
