package org.cxm.render.internal;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * The fonts of rendered journeys, and metrics to measure text with before anything is drawn. Sizes are
 * fixed, never scaled down for large models: a wider journey makes a wider picture, not smaller text.
 */
final class Typography {

    static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 22);

    static final Font SUBTITLE = new Font(Font.SANS_SERIF, Font.PLAIN, 13);

    static final Font HEADER = new Font(Font.SANS_SERIF, Font.BOLD, 15);

    static final Font LANE = new Font(Font.SANS_SERIF, Font.BOLD, 13);

    static final Font NAME = new Font(Font.SANS_SERIF, Font.BOLD, 13);

    static final Font BODY = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

    static final Font QUOTE = new Font(Font.SANS_SERIF, Font.ITALIC, 12);

    static final Font SMALL = new Font(Font.SANS_SERIF, Font.PLAIN, 11);

    static final Font DIVIDER = new Font(Font.SANS_SERIF, Font.ITALIC, 11);

    private final Graphics2D scratch;

    Typography() {
        scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        scratch.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        scratch.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    }

    FontMetrics metrics(Font font) {
        return scratch.getFontMetrics(font);
    }

    /** The height of one line of {@code font}, including leading. */
    int lineHeight(Font font) {
        return metrics(font).getHeight();
    }

    void dispose() {
        scratch.dispose();
    }
}
