package org.cxm.render.internal;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.util.List;

import org.cxm.model.Stage;
import org.cxm.model.Touchpoint;

/** Paints a {@link JourneyGrid} on any Graphics2D: the SVG library's or a PNG image's. */
final class JourneyPainter {

    private final JourneyGrid grid;

    private final CellPainter cells;

    JourneyPainter(JourneyGrid grid, CellPainter cells) {
        this.grid = grid;
        this.cells = cells;
    }

    void paint(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setColor(Palette.BACKGROUND);
        g.fillRect(0, 0, grid.width, grid.height);
        paintTitle(g);
        paintStageHeaders(g);
        for (int i = 0; i < grid.lanes.size(); i++) {
            paintLane(g, i);
        }
        new Legend(grid).paint(g, grid.height - JourneyGrid.LEGEND);
    }

    private void paintTitle(Graphics2D g) {
        g.setColor(Palette.TITLE_BAND);
        g.fillRect(0, 0, grid.width, 2 * JourneyGrid.PAD + 52);
        g.setColor(Palette.BACKGROUND);
        g.setFont(Typography.TITLE);
        g.drawString(Lanes.nameOf(grid.journey.getName()), JourneyGrid.PAD, JourneyGrid.PAD + 26);
        g.setFont(Typography.SUBTITLE);
        g.drawString(grid.subtitle(), JourneyGrid.PAD, JourneyGrid.PAD + 48);
        cells.paintFlow(g, grid.journeyItems, JourneyGrid.PAD, 3 * JourneyGrid.PAD + 52,
                grid.width - 2 * JourneyGrid.PAD, JourneyGrid.TITLE_SLOT);
    }

    private void paintStageHeaders(Graphics2D g) {
        int y = grid.titleHeight;
        int band = 0;
        for (Stage stage : grid.journey.getStages()) {
            int[] span = grid.columnSpan(stage);
            int x = grid.columnX(span[0]);
            int width = (span[1] - span[0] + 1) * JourneyGrid.COLUMN;
            g.setColor(Palette.STAGE_BANDS[band++ % Palette.STAGE_BANDS.length]);
            g.fillRect(x, y, width, grid.height - y - JourneyGrid.LEGEND);
            g.setColor(Palette.GRID);
            g.drawLine(x, y, x, grid.height - JourneyGrid.LEGEND);
            cells.paint(g, grid.stageItems.get(stage), x + JourneyGrid.PAD, y + JourneyGrid.PAD,
                    width - 2 * JourneyGrid.PAD);
        }
        g.setColor(Palette.GUTTER);
        g.fillRect(0, y, JourneyGrid.GUTTER, grid.height - y - JourneyGrid.LEGEND);
    }

    private void paintLane(Graphics2D g, int index) {
        Lane lane = grid.lanes.get(index);
        int y = grid.laneY(index);
        int height = grid.laneHeights[index];
        g.setColor(Palette.GRID);
        g.drawLine(0, y, grid.width, y);
        switch (lane.kind()) {
            case DIVIDER -> paintDivider(g, lane.title(), y, height);
            case TEXT -> {
                paintLaneTitle(g, lane.title(), y);
                paintCells(g, lane, y);
            }
            case EMOTION_CURVE -> {
                paintLaneTitle(g, lane.title(), y);
                new EmotionCurve(grid).paint(g, y, height);
            }
        }
    }

    private static void paintLaneTitle(Graphics2D g, String title, int y) {
        g.setFont(Typography.LANE);
        g.setColor(Palette.TEXT);
        int baseline = y + JourneyGrid.PAD + g.getFontMetrics().getAscent();
        for (String line : TextWrapper.wrap(title, g.getFontMetrics(), JourneyGrid.GUTTER - 2 * JourneyGrid.PAD, 3)) {
            g.drawString(line, JourneyGrid.PAD, baseline);
            baseline += g.getFontMetrics().getHeight();
        }
    }

    private void paintCells(Graphics2D g, Lane lane, int y) {
        for (int i = 0; i < grid.columns.size(); i++) {
            Touchpoint touchpoint = grid.columns.get(i).touchpoint();
            if (touchpoint != null) {
                cells.paint(g, lane.content().apply(touchpoint), grid.columnX(i) + JourneyGrid.PAD,
                        y + JourneyGrid.PAD, JourneyGrid.COLUMN - 2 * JourneyGrid.PAD);
            }
        }
    }

    private void paintDivider(Graphics2D g, String title, int top, int height) {
        int y = top + height / 2;
        g.setFont(Typography.DIVIDER);
        g.setColor(Palette.MUTED_TEXT);
        String label = TextWrapper.wrap(title, g.getFontMetrics(), JourneyGrid.GUTTER - 2 * JourneyGrid.PAD, 1).get(0);
        g.drawString(label, JourneyGrid.PAD, y + g.getFontMetrics().getAscent() / 2 - 1);
        g.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] { 8f, 5f },
                0f));
        g.drawLine(JourneyGrid.GUTTER, y, grid.width, y);
        g.setStroke(new BasicStroke(1f));
    }
}
