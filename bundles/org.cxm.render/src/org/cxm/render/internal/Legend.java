package org.cxm.render.internal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.util.LinkedHashMap;
import java.util.Map;

import org.cxm.model.Channel;
import org.cxm.model.query.EmotionScale;
import org.cxm.model.query.KpiStatus;

/** The key below a rendered journey: channel colours, the emotion scale, KPI status and markers. */
final class Legend {

    private static final int SWATCH = 12;

    private final JourneyGrid grid;

    Legend(JourneyGrid grid) {
        this.grid = grid;
    }

    void paint(Graphics2D g, int top) {
        g.setColor(Palette.GRID);
        g.drawLine(0, top, grid.width, top);
        int y = top + 24;
        int x = label(g, "Channels:", JourneyGrid.PAD, y);
        for (Map.Entry<String, Color> channel : channelsUsed().entrySet()) {
            x = swatch(g, channel.getValue(), channel.getKey(), x, y);
        }
        y += 26;
        x = label(g, "Emotion:", JourneyGrid.PAD, y);
        for (int score = EmotionScale.MOST_NEGATIVE; score <= EmotionScale.MOST_POSITIVE; score++) {
            g.setColor(Palette.emotion(score));
            g.fillOval(x, y - SWATCH + 2, SWATCH, SWATCH);
            x += SWATCH + 2;
        }
        x = text(g, EmotionScale.MOST_NEGATIVE + " to +" + EmotionScale.MOST_POSITIVE, x + 4, y) + 24;
        x = label(g, "KPI:", x, y);
        x = swatch(g, Palette.kpiStatus(KpiStatus.ON_TARGET), "on target", x, y);
        x = swatch(g, Palette.kpiStatus(KpiStatus.OFF_TARGET), "off target", x, y);
        x = swatch(g, Palette.kpiStatus(KpiStatus.NO_DATA), "no data", x, y);
        x = marker(g, "\u2605", Palette.MOMENT_OF_TRUTH, "moment of truth", x + 12, y);
        x = marker(g, "\u25CF", Palette.PAIN, "pain point", x, y);
        x = marker(g, "\u2714", Palette.DELIGHT, "delight", x, y);
        marker(g, "\u25C6", Palette.OPPORTUNITY, "opportunity", x, y);
    }

    private Map<String, Color> channelsUsed() {
        Map<String, Color> channels = new LinkedHashMap<>();
        for (JourneyGrid.Column column : grid.columns) {
            if (column.touchpoint() != null && column.touchpoint().getChannel() != null) {
                Channel channel = column.touchpoint().getChannel();
                channels.putIfAbsent(Lanes.nameOf(channel.getName()), Palette.channel(channel.getKind()));
            }
        }
        return channels;
    }

    private static int label(Graphics2D g, String label, int x, int y) {
        g.setFont(Typography.LANE);
        g.setColor(Palette.TEXT);
        g.drawString(label, x, y);
        return x + g.getFontMetrics().stringWidth(label) + 10;
    }

    private static int swatch(Graphics2D g, Color color, String name, int x, int y) {
        g.setColor(color);
        g.fillRect(x, y - SWATCH + 2, SWATCH, SWATCH);
        return text(g, name, x + SWATCH + 5, y) + 16;
    }

    private static int marker(Graphics2D g, String marker, Color color, String name, int x, int y) {
        g.setFont(Typography.BODY);
        g.setColor(color);
        g.drawString(marker, x, y);
        return text(g, name, x + g.getFontMetrics().stringWidth(marker + " "), y) + 16;
    }

    private static int text(Graphics2D g, String text, int x, int y) {
        g.setFont(Typography.SMALL);
        g.setColor(Palette.TEXT);
        g.drawString(text, x, y);
        return x + g.getFontMetrics().stringWidth(text);
    }
}
