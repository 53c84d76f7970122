package org.cxm.render.internal;

import java.awt.Graphics2D;
import java.util.Map;

import org.cxm.model.Journey;
import org.cxm.render.JourneyView;

/** One view of one journey, laid out and ready to paint on any Graphics2D. */
public final class JourneyPicture implements Picture {

    private final Typography typography = new Typography();

    private final JourneyGrid grid;

    private final CellPainter cells;

    public JourneyPicture(Journey journey, JourneyView view) {
        this(journey, view, Map.of());
    }

    /** The view with the emotion measured from records (per touchpoint id) beside the designed one. */
    public JourneyPicture(Journey journey, JourneyView view, Map<String, Double> measuredEmotions) {
        cells = new CellPainter(typography);
        grid = new JourneyGrid(journey, view, cells, measuredEmotions);
    }

    @Override
    public int width() {
        return grid.width;
    }

    @Override
    public int height() {
        return grid.height;
    }

    @Override
    public void paint(Graphics2D g) {
        new JourneyPainter(grid, cells).paint(g);
    }

    @Override
    public void dispose() {
        typography.dispose();
    }
}
