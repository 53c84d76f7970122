package org.cxm.render.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.QuadCurve2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.cxm.analytics.DesignedPath;
import org.cxm.analytics.JourneyPaths;
import org.cxm.analytics.cli.internal.Formats;
import org.cxm.model.Touchpoint;

/**
 * Designed against actual paths of one journey: the designed steps left to right, then the activities the
 * designed path does not have; the directly-follows pairs as arcs whose width is their frequency, forward
 * above the steps and backward below, each with its count and median time; and, under them, the share of
 * customers following the designed path, the top variants and the most frequent deviations.
 *
 * <p>Colours say how a pair relates to the design: the designed next step, a step skipped forward, a step
 * back or repeated, or a step the design does not have.
 */
public final class PathsPicture implements Picture {

    /** The most directly-follows pairs drawn; the rest are counted under the picture. */
    static final int MAX_EDGES = 24;

    private static final int PAD = 20;

    private static final int TITLE = 78;

    private static final int NODE_WIDTH = 150;

    private static final int NODE_HEIGHT = 58;

    private static final int GAP = 70;

    private static final int ARC_STEP = 26;

    private static final int MAX_ARC = 220;

    private static final int LIST_LINES = 5;

    static final Color DESIGNED = new Color(0x2E, 0x7D, 0x32);

    static final Color SKIP = new Color(0xEF, 0x6C, 0x00);

    static final Color BACK = new Color(0xC6, 0x28, 0x28);

    static final Color UNMODELLED = new Color(0x75, 0x75, 0x75);

    private final Typography typography = new Typography();

    private final JourneyPaths paths;

    private final DesignedPath path;

    /** The activities drawn, in order, with the left edge of each box. */
    private final Map<String, Integer> nodes = new LinkedHashMap<>();

    private final List<JourneyPaths.Edge> edges;

    private final int rowY;

    private final int width;

    private final int height;

    public PathsPicture(JourneyPaths paths) {
        this.paths = paths;
        this.path = paths.path();
        int x = PAD;
        for (Touchpoint step : path.steps()) {
            nodes.put(step.getId(), x);
            x += NODE_WIDTH + GAP;
        }
        for (String activity : paths.activities().keySet()) {
            if (!nodes.containsKey(activity)) {
                nodes.put(activity, x);
                x += NODE_WIDTH + GAP;
            }
        }
        edges = paths.edges().stream().filter(e -> nodes.containsKey(e.from()) && nodes.containsKey(e.to()))
                .limit(MAX_EDGES).toList();
        int above = 0;
        int below = 0;
        for (JourneyPaths.Edge edge : edges) {
            int rise = rise(edge) + typography.lineHeight(Typography.SMALL);
            if (forward(edge)) {
                above = Math.max(above, rise);
            } else {
                below = Math.max(below, rise);
            }
        }
        rowY = TITLE + PAD + Math.max(above, 40);
        int listLines = 4 + Math.min(LIST_LINES, paths.variants().size()) * 2
                + Math.min(LIST_LINES, paths.deviations().size());
        height = rowY + NODE_HEIGHT + Math.max(below, 30) + PAD
                + listLines * typography.lineHeight(Typography.BODY) + 2 * PAD;
        width = Math.max(x - GAP + PAD, 900);
    }

    @Override
    public int width() {
        return width;
    }

    @Override
    public int height() {
        return height;
    }

    @Override
    public void paint(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setColor(Palette.BACKGROUND);
        g.fillRect(0, 0, width, height);
        paintTitle(g);
        long most = edges.stream().mapToLong(JourneyPaths.Edge::count).max().orElse(1);
        for (JourneyPaths.Edge edge : edges) {
            paintEdge(g, edge, most);
        }
        for (String activity : nodes.keySet()) {
            paintNode(g, activity);
        }
        paintLists(g, rowY + NODE_HEIGHT + belowHeight() + PAD);
    }

    @Override
    public void dispose() {
        typography.dispose();
    }

    private void paintTitle(Graphics2D g) {
        g.setColor(Palette.TITLE_BAND);
        g.fillRect(0, 0, width, TITLE);
        g.setColor(Palette.BACKGROUND);
        g.setFont(Typography.TITLE);
        g.drawString(Lanes.nameOf(path.journey().getName()) + ": designed and actual paths", PAD, PAD + 22);
        g.setFont(Typography.SUBTITLE);
        g.drawString(subtitle(), PAD, PAD + 46);
    }

    /** The numbers people look for first: customers, records, how many follow the design, fitness. */
    String subtitle() {
        if (paths.customers() == 0) {
            return "No record is classified to this journey yet.";
        }
        return String.format(Locale.ROOT, "%,d customers with %,d records. Following the designed path: %,d (%.1f%%)."
                + " Mean token-replay fitness %.2f.", paths.customers(), paths.events(), paths.following(),
                100 * paths.followingShare(), paths.meanFitness());
    }

    private void paintNode(Graphics2D g, String activity) {
        int x = nodes.get(activity);
        int position = path.positionOf(activity);
        boolean designed = position >= 0;
        g.setColor(designed ? Palette.STAGE_BANDS[0] : Palette.GUTTER);
        g.fillRoundRect(x, rowY, NODE_WIDTH, NODE_HEIGHT, 10, 10);
        g.setColor(designed ? Palette.TEXT : UNMODELLED);
        g.setStroke(designed && path.optional(position)
                ? new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] { 5, 4 }, 0)
                : new BasicStroke(1.5f));
        g.drawRoundRect(x, rowY, NODE_WIDTH, NODE_HEIGHT, 10, 10);
        g.setFont(Typography.NAME);
        int y = rowY + 17;
        for (String line : TextWrapper.wrap(path.label(activity), typography.metrics(Typography.NAME),
                NODE_WIDTH - 12, 2)) {
            g.drawString(line, x + 6, y);
            y += typography.lineHeight(Typography.NAME) - 2;
        }
        g.setFont(Typography.SMALL);
        g.setColor(Palette.MUTED_TEXT);
        long records = paths.activities().getOrDefault(activity, 0L);
        long starts = paths.starts().getOrDefault(activity, 0L);
        String counts = String.format(Locale.ROOT, "%,d records", records) + (starts > 0
                ? String.format(Locale.ROOT, ", %,d start", starts) : "");
        g.drawString((designed ? (position + 1) + ". " : "not designed: ") + counts, x + 6, rowY + NODE_HEIGHT - 7);
    }

    private void paintEdge(Graphics2D g, JourneyPaths.Edge edge, long most) {
        Color colour = colour(edge);
        float stroke = 1f + 7f * edge.count() / most;
        g.setColor(colour);
        g.setStroke(new BasicStroke(stroke, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        String label = String.format(Locale.ROOT, "%,d · %s", edge.count(), Formats.duration(edge.medianMillis()));
        g.setFont(Typography.SMALL);
        FontMetrics metrics = typography.metrics(Typography.SMALL);
        if (edge.from().equals(edge.to())) {
            int cx = nodes.get(edge.from()) + NODE_WIDTH - 30;
            g.drawArc(cx - 14, rowY - 24, 28, 32, 0, 270);
            arrowHead(g, cx + 14, rowY - 8, cx + 12, rowY + 2, stroke);
            g.drawString(label, cx + 16, rowY - 26);
            return;
        }
        boolean above = forward(edge);
        int x1 = nodes.get(edge.from()) + NODE_WIDTH / 2 + (above ? 10 : -10);
        int x2 = nodes.get(edge.to()) + NODE_WIDTH / 2 + (above ? -10 : 10);
        int y = above ? rowY : rowY + NODE_HEIGHT;
        int rise = rise(edge) * (above ? -1 : 1);
        g.draw(new QuadCurve2D.Double(x1, y, (x1 + x2) / 2.0, y + 2 * rise, x2, y));
        arrowHead(g, (x1 + x2) / 2.0 + (x2 - x1) * 0.25, y + rise * 1.0, x2, y, stroke);
        int labelX = (x1 + x2) / 2 - metrics.stringWidth(label) / 2;
        int labelY = above ? y + rise - 4 : y + rise + metrics.getAscent() + 2;
        g.setColor(Palette.BACKGROUND);
        g.fillRect(labelX - 2, labelY - metrics.getAscent(), metrics.stringWidth(label) + 4, metrics.getHeight());
        g.setColor(colour);
        g.drawString(label, labelX, labelY);
    }

    /** A filled arrow head at {@code (x, y)} pointing away from {@code (fromX, fromY)}. */
    private static void arrowHead(Graphics2D g, double fromX, double fromY, double x, double y, float stroke) {
        double angle = Math.atan2(y - fromY, x - fromX);
        double size = 7 + stroke;
        Path2D head = new Path2D.Double();
        head.moveTo(x, y);
        head.lineTo(x - size * Math.cos(angle - 0.4), y - size * Math.sin(angle - 0.4));
        head.lineTo(x - size * Math.cos(angle + 0.4), y - size * Math.sin(angle + 0.4));
        head.closePath();
        g.setStroke(new BasicStroke(1f));
        g.fill(head);
        g.setStroke(new BasicStroke(stroke, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    }

    /** How a pair relates to the design, as a colour. */
    Color colour(JourneyPaths.Edge edge) {
        int from = path.positionOf(edge.from());
        int to = path.positionOf(edge.to());
        if (from < 0 || to < 0) {
            return UNMODELLED;
        }
        if (to <= from) {
            return BACK;
        }
        for (int between = from + 1; between < to; between++) {
            if (!path.optional(between)) {
                return SKIP;
            }
        }
        return DESIGNED;
    }

    /** Whether the pair is drawn above the steps: it goes right, to a later box. */
    private boolean forward(JourneyPaths.Edge edge) {
        return nodes.get(edge.to()) > nodes.get(edge.from()) || edge.from().equals(edge.to());
    }

    /** How high the arc of a pair rises: more for pairs that span more boxes. */
    private int rise(JourneyPaths.Edge edge) {
        if (edge.from().equals(edge.to())) {
            return 40;
        }
        int span = Math.abs(nodes.get(edge.to()) - nodes.get(edge.from())) / (NODE_WIDTH + GAP);
        return Math.min(MAX_ARC, 20 + ARC_STEP * span);
    }

    private int belowHeight() {
        int below = 30;
        for (JourneyPaths.Edge edge : edges) {
            if (!forward(edge)) {
                below = Math.max(below, rise(edge) + typography.lineHeight(Typography.SMALL));
            }
        }
        return below;
    }

    private void paintLists(Graphics2D g, int top) {
        int line = typography.lineHeight(Typography.BODY);
        int y = top + line;
        g.setColor(Palette.TEXT);
        g.setFont(Typography.HEADER);
        g.drawString("Top variants", PAD, y);
        g.setFont(Typography.SMALL);
        g.setColor(Palette.MUTED_TEXT);
        String legend = "Arcs: designed next step (green), skipped forward (orange), back or repeated (red), not"
                + " designed (grey); width is frequency; label: times · median time between."
                + (paths.edges().size() > edges.size() ? " " + (paths.edges().size() - edges.size())
                        + " rarer pairs not drawn." : "");
        g.drawString(legend, PAD + 140, y);
        g.setFont(Typography.BODY);
        for (int i = 0; i < Math.min(LIST_LINES, paths.variants().size()); i++) {
            JourneyPaths.Variant variant = paths.variants().get(i);
            y += line;
            g.setColor(variant.check().follows() ? DESIGNED : Palette.TEXT);
            g.drawString(String.format(Locale.ROOT, "%d. %,d customers (%.1f%%): %s", i + 1, variant.customers(),
                    100.0 * variant.customers() / Math.max(1, paths.customers()), variant.activities().stream()
                            .map(path::label).collect(Collectors.joining(" → "))), PAD, y);
            y += line;
            g.setColor(Palette.MUTED_TEXT);
            g.drawString("    " + verdict(variant), PAD, y);
        }
        if (!paths.deviations().isEmpty()) {
            y += line + 4;
            g.setColor(Palette.TEXT);
            g.setFont(Typography.HEADER);
            g.drawString("Most frequent deviations", PAD, y);
            g.setFont(Typography.BODY);
            for (JourneyPaths.DeviationCount deviation : paths.deviations().subList(0,
                    Math.min(LIST_LINES, paths.deviations().size()))) {
                y += line;
                g.drawString(String.format(Locale.ROOT, "%s '%s': %,d customers", deviation.deviation().kind().label(),
                        path.label(deviation.deviation().activity()), deviation.customers()), PAD, y);
            }
        }
    }

    private String verdict(JourneyPaths.Variant variant) {
        if (variant.check().follows()) {
            return String.format(Locale.ROOT, "follows the designed path (fitness %.2f)",
                    variant.check().replay().fitness());
        }
        List<String> deviations = new ArrayList<>();
        variant.check().deviations().forEach(d -> deviations.add(d.kind().label() + " '" + path.label(d.activity())
                + "'"));
        return String.join(", ", deviations) + String.format(Locale.ROOT, " (fitness %.2f)",
                variant.check().replay().fitness());
    }
}
