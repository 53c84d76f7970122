package org.cxm.render.internal;

import java.awt.Color;
import java.awt.Font;

/**
 * One piece of text in a cell of a rendered journey, with the marker, font and colour that show what
 * it is: a pain point in red, an opportunity in purple, a KPI badge in the colour of its status.
 *
 * @param text what to write
 * @param marker a symbol drawn before the text, or {@code null}
 * @param font the font of the text
 * @param color the colour of the marker (and of a badge's frame)
 * @param badge whether the item is drawn as a framed badge, as KPIs are
 * @param id the model id of the element shown, for the SVG group around it; may be {@code null}
 */
record CellItem(String text, String marker, Font font, Color color, boolean badge, String id) {

    static CellItem plain(String text) {
        return new CellItem(text, null, Typography.BODY, Palette.TEXT, false, null);
    }

    static CellItem marked(String marker, Color color, String text, String id) {
        return new CellItem(text, marker, Typography.BODY, color, false, id);
    }
}
