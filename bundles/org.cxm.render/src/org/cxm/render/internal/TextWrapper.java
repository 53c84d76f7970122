package org.cxm.render.internal;

import java.awt.FontMetrics;
import java.util.ArrayList;
import java.util.List;

/** Breaks text into lines that fit a width, at blanks where possible, ending with an ellipsis when cut. */
final class TextWrapper {

    private static final String ELLIPSIS = "\u2026";

    private TextWrapper() {
    }

    /** At most {@code maxLines} lines of {@code text}, each no wider than {@code width} pixels. */
    static List<String> wrap(String text, FontMetrics metrics, int width, int maxLines) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (metrics.stringWidth(candidate) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (metrics.stringWidth(rest) > width && rest.length() > 1) {
                int fit = fittingPrefix(rest, metrics, width);
                lines.add(rest.substring(0, fit));
                rest = rest.substring(fit);
            }
            line.append(rest);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return truncate(lines, metrics, width, maxLines);
    }

    private static int fittingPrefix(String word, FontMetrics metrics, int width) {
        int fit = 1;
        while (fit < word.length() && metrics.stringWidth(word.substring(0, fit + 1)) <= width) {
            fit++;
        }
        return fit;
    }

    private static List<String> truncate(List<String> lines, FontMetrics metrics, int width, int maxLines) {
        if (lines.size() <= maxLines) {
            return lines;
        }
        List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
        String last = kept.get(maxLines - 1);
        while (!last.isEmpty() && metrics.stringWidth(last + ELLIPSIS) > width) {
            last = last.substring(0, last.length() - 1);
        }
        kept.set(maxLines - 1, last.stripTrailing() + ELLIPSIS);
        return kept;
    }
}
