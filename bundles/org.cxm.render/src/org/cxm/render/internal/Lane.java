package org.cxm.render.internal;

import java.util.List;
import java.util.function.Function;

import org.cxm.model.Touchpoint;

/**
 * A row of a rendered journey: what it shows for each touchpoint, an emotion curve across all of them,
 * or a divider such as the line of visibility of a service blueprint.
 *
 * @param title the lane's name in the left gutter
 * @param kind how the lane is drawn
 * @param content the items of a touchpoint's cell (text lanes only)
 * @param height the fixed height of curve and divider lanes; text lanes size to their content
 */
record Lane(String title, Kind kind, Function<Touchpoint, List<CellItem>> content, int height) {

    enum Kind {
        TEXT,
        EMOTION_CURVE,
        DIVIDER
    }

    static Lane text(String title, Function<Touchpoint, List<CellItem>> content) {
        return new Lane(title, Kind.TEXT, content, 0);
    }

    static Lane emotionCurve(String title, int height) {
        return new Lane(title, Kind.EMOTION_CURVE, touchpoint -> List.of(), height);
    }

    static Lane divider(String title) {
        return new Lane(title, Kind.DIVIDER, touchpoint -> List.of(), 26);
    }
}
