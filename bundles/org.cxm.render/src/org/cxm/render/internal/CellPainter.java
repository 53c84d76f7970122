package org.cxm.render.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jfree.svg.SVGHints;

/**
 * Measures and draws the items of one cell, top to bottom, wrapping text to the cell's width. The same
 * code measures (on a scratch graphics, painting nothing) and paints, so layout and picture never differ.
 */
final class CellPainter {

    static final int ITEM_GAP = 6;

    private static final int MAX_LINES = 6;

    private static final int BADGE_PAD = 4;

    private final Typography typography;

    /** How often each model element was drawn; an element shown in several cells needs distinct SVG ids. */
    private final Map<String, Integer> occurrences = new HashMap<>();

    CellPainter(Typography typography) {
        this.typography = typography;
    }

    /** The height {@code items} take in a cell {@code width} pixels wide. */
    int measure(List<CellItem> items, int width) {
        return draw(null, items, 0, 0, width);
    }

    /** Draws {@code items} from ({@code x}, {@code y}) down and returns the height used. */
    int paint(Graphics2D g, List<CellItem> items, int x, int y, int width) {
        return draw(g, items, x, y, width);
    }

    /** The height {@code items} take side by side in slots of {@code slot} pixels, wrapping to new rows. */
    int measureFlow(List<CellItem> items, int width, int slot) {
        return flow(null, items, 0, 0, width, slot);
    }

    /** Draws {@code items} side by side in slots of {@code slot} pixels and returns the height used. */
    int paintFlow(Graphics2D g, List<CellItem> items, int x, int y, int width, int slot) {
        return flow(g, items, x, y, width, slot);
    }

    private int flow(Graphics2D g, List<CellItem> items, int x, int y, int width, int slot) {
        int perRow = Math.max(1, width / slot);
        int top = y;
        for (int first = 0; first < items.size(); first += perRow) {
            int rowHeight = 0;
            for (int i = first; i < Math.min(items.size(), first + perRow); i++) {
                rowHeight = Math.max(rowHeight, drawItem(g, items.get(i), x + (i - first) * slot, y, slot - ITEM_GAP));
            }
            y += rowHeight + ITEM_GAP;
        }
        return items.isEmpty() ? 0 : y - top - ITEM_GAP;
    }

    private int draw(Graphics2D g, List<CellItem> items, int x, int y, int width) {
        int top = y;
        for (CellItem item : items) {
            y += drawItem(g, item, x, y, width) + ITEM_GAP;
        }
        return items.isEmpty() ? 0 : y - top - ITEM_GAP;
    }

    private int drawItem(Graphics2D g, CellItem item, int x, int y, int width) {
        FontMetrics metrics = typography.metrics(item.font());
        int indent = item.marker() == null ? 0 : metrics.stringWidth(item.marker() + " ");
        int inset = item.badge() ? BADGE_PAD : 0;
        List<String> lines = TextWrapper.wrap(item.text(), metrics, width - indent - 2 * inset, MAX_LINES);
        int height = lines.size() * metrics.getHeight() + 2 * inset;
        if (g == null) {
            return height;
        }
        beginGroup(g, item);
        if (item.badge()) {
            drawBadgeFrame(g, item.color(), x, y, width, height);
        }
        int baseline = y + inset + metrics.getAscent();
        if (item.marker() != null) {
            g.setFont(item.font());
            g.setColor(item.color());
            g.drawString(item.marker(), x + inset, baseline);
        }
        g.setFont(item.font());
        g.setColor(Palette.TEXT);
        for (String line : lines) {
            g.drawString(line, x + inset + indent, baseline);
            baseline += metrics.getHeight();
        }
        endGroup(g, item);
        return height;
    }

    private static void drawBadgeFrame(Graphics2D g, Color color, int x, int y, int width, int height) {
        g.setColor(new Color(color.getRed(), color.getGreen(), color.getBlue(), 28));
        g.fillRoundRect(x, y, width, height, 8, 8);
        g.setColor(color);
        g.setStroke(new BasicStroke(1.5f));
        g.drawRoundRect(x, y, width, height, 8, 8);
        g.setStroke(new BasicStroke(1f));
    }

    /**
     * In SVG, wraps the element in a group whose id is the model element's (suffixed from its second
     * appearance on) and whose title is its full text.
     */
    private void beginGroup(Graphics2D g, CellItem item) {
        if (item.id() != null) {
            int occurrence = occurrences.merge(item.id(), 1, Integer::sum);
            String suffix = occurrence == 1 ? "" : "-" + occurrence;
            g.setRenderingHint(SVGHints.KEY_BEGIN_GROUP, SvgIds.of(item.id()) + suffix);
            g.setRenderingHint(SVGHints.KEY_ELEMENT_TITLE, item.text());
        }
    }

    private static void endGroup(Graphics2D g, CellItem item) {
        if (item.id() != null) {
            g.setRenderingHint(SVGHints.KEY_END_GROUP, Boolean.TRUE);
        }
    }
}
