package org.cxm.render.internal;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;

import org.cxm.model.Touchpoint;
import org.cxm.model.query.EmotionScale;
import org.jfree.svg.SVGHints;

/**
 * The customer's emotion across touchpoints: a line through one coloured point per touchpoint, and, when
 * measured from records, a second dashed line beside it.
 */
final class EmotionCurve {

    private static final int RADIUS = 7;

    private static final java.awt.Color MEASURED = new java.awt.Color(0x15, 0x65, 0xC0);

    private final JourneyGrid grid;

    EmotionCurve(JourneyGrid grid) {
        this.grid = grid;
    }

    void paint(Graphics2D g, int top, int height) {
        int margin = 22;
        int zero = top + height / 2;
        double step = (height / 2.0 - margin) / EmotionScale.MOST_POSITIVE;
        paintScale(g, zero, step);
        g.setRenderingHint(SVGHints.KEY_BEGIN_GROUP, "cxm-emotion-curve");
        Path2D.Double line = new Path2D.Double();
        for (int i = 0; i < grid.columns.size(); i++) {
            Touchpoint touchpoint = grid.columns.get(i).touchpoint();
            if (touchpoint != null) {
                double x = centerX(i);
                double y = zero - touchpoint.getEmotion() * step;
                if (line.getCurrentPoint() == null) {
                    line.moveTo(x, y);
                } else {
                    line.lineTo(x, y);
                }
            }
        }
        g.setColor(Palette.MUTED_TEXT);
        g.setStroke(new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(line);
        g.setStroke(new BasicStroke(1f));
        for (int i = 0; i < grid.columns.size(); i++) {
            Touchpoint touchpoint = grid.columns.get(i).touchpoint();
            if (touchpoint != null) {
                paintPoint(g, touchpoint, centerX(i), (int) Math.round(zero - touchpoint.getEmotion() * step));
            }
        }
        g.setRenderingHint(SVGHints.KEY_END_GROUP, Boolean.TRUE);
        if (!grid.measuredEmotions.isEmpty()) {
            paintMeasured(g, zero, step);
        }
    }

    /**
     * The emotion measured from records as a second, dashed curve with its value at each touchpoint; a
     * touchpoint without records has no point and breaks the line.
     */
    private void paintMeasured(Graphics2D g, int zero, double step) {
        g.setRenderingHint(SVGHints.KEY_BEGIN_GROUP, "cxm-measured-emotion-curve");
        Path2D.Double line = new Path2D.Double();
        boolean open = false;
        g.setFont(Typography.SMALL);
        for (int i = 0; i < grid.columns.size(); i++) {
            Touchpoint touchpoint = grid.columns.get(i).touchpoint();
            Double measured = touchpoint == null ? null : grid.measuredEmotions.get(touchpoint.getId());
            if (measured == null) {
                open = false;
                continue;
            }
            double x = centerX(i);
            double y = zero - measured * step;
            if (open) {
                line.lineTo(x, y);
            } else {
                line.moveTo(x, y);
                open = true;
            }
            g.setColor(MEASURED);
            g.fillRect((int) x - 5, (int) Math.round(y) - 5, 10, 10);
            g.drawString("measured " + (measured > 0 ? "+" : "") + measured, (int) x + 8, (int) Math.round(y) + 4);
        }
        g.setColor(MEASURED);
        g.setStroke(new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f, new float[] { 6f, 5f }, 0f));
        g.draw(line);
        g.setStroke(new BasicStroke(1f));
        g.drawString("- - measured from records", JourneyGrid.GUTTER + 8, zero - (int) (EmotionScale.MOST_POSITIVE
                * step) - 6);
        g.setRenderingHint(SVGHints.KEY_END_GROUP, Boolean.TRUE);
    }

    private void paintScale(Graphics2D g, int zero, double step) {
        g.setFont(Typography.SMALL);
        for (int score : new int[] { EmotionScale.MOST_POSITIVE, 0, EmotionScale.MOST_NEGATIVE }) {
            int y = (int) Math.round(zero - score * step);
            g.setColor(score == 0 ? Palette.MUTED_TEXT : Palette.GRID);
            g.drawLine(JourneyGrid.GUTTER, y, grid.width, y);
            g.setColor(Palette.MUTED_TEXT);
            g.drawString((score > 0 ? "+" : "") + score, JourneyGrid.GUTTER - 28, y + 4);
        }
    }

    private void paintPoint(Graphics2D g, Touchpoint touchpoint, int x, int y) {
        g.setColor(Palette.emotion(touchpoint.getEmotion()));
        g.fillOval(x - RADIUS, y - RADIUS, 2 * RADIUS, 2 * RADIUS);
        g.setColor(Palette.BACKGROUND);
        g.drawOval(x - RADIUS, y - RADIUS, 2 * RADIUS, 2 * RADIUS);
        g.setColor(Palette.TEXT);
        g.setFont(Typography.SMALL);
        String score = (touchpoint.getEmotion() > 0 ? "+" : "") + touchpoint.getEmotion();
        String feeling = touchpoint.getFeeling() == null || touchpoint.getFeeling().isBlank() ? score
                : score + " " + touchpoint.getFeeling().strip();
        String label = TextWrapper.wrap(feeling, g.getFontMetrics(), JourneyGrid.COLUMN - 8, 1).get(0);
        int labelX = x - g.getFontMetrics().stringWidth(label) / 2;
        g.drawString(label, labelX, touchpoint.getEmotion() >= 0 ? y - RADIUS - 4 : y + RADIUS + 13);
    }

    private int centerX(int column) {
        return grid.columnX(column) + JourneyGrid.COLUMN / 2;
    }
}
