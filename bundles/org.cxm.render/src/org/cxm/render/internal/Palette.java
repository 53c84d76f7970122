package org.cxm.render.internal;

import java.awt.Color;

import org.cxm.model.ChannelKind;
import org.cxm.model.query.EmotionScale;
import org.cxm.model.query.KpiStatus;

/** The colours of rendered journeys: one per channel kind, the emotion scale and KPI status. */
final class Palette {

    static final Color BACKGROUND = Color.WHITE;

    static final Color TEXT = new Color(0x21, 0x21, 0x21);

    static final Color MUTED_TEXT = new Color(0x61, 0x61, 0x61);

    static final Color GRID = new Color(0xE0, 0xE0, 0xE0);

    static final Color GUTTER = new Color(0xF5, 0xF5, 0xF5);

    static final Color TITLE_BAND = new Color(0x26, 0x32, 0x38);

    static final Color[] STAGE_BANDS = { new Color(0xE3, 0xF2, 0xFD), new Color(0xE8, 0xF5, 0xE9) };

    static final Color PAIN = new Color(0xC6, 0x28, 0x28);

    static final Color DELIGHT = new Color(0x2E, 0x7D, 0x32);

    static final Color MOMENT_OF_TRUTH = new Color(0xF9, 0xA8, 0x25);

    static final Color OPPORTUNITY = new Color(0x6A, 0x1B, 0x9A);

    private static final Color NEGATIVE = new Color(0xD3, 0x2F, 0x2F);

    private static final Color NEUTRAL = new Color(0xFB, 0xC0, 0x2D);

    private static final Color POSITIVE = new Color(0x38, 0x8E, 0x3C);

    private Palette() {
    }

    static Color channel(ChannelKind kind) {
        return switch (kind == null ? ChannelKind.OTHER : kind) {
            case WEB -> new Color(0x1F, 0x77, 0xB4);
            case MOBILE_APP -> new Color(0x94, 0x67, 0xBD);
            case EMAIL -> new Color(0x17, 0xBE, 0xCF);
            case PHONE -> new Color(0xFF, 0x7F, 0x0E);
            case CHAT -> new Color(0x2C, 0xA0, 0x2C);
            case SMS -> new Color(0xBC, 0xBD, 0x22);
            case SOCIAL -> new Color(0xE3, 0x77, 0xC2);
            case STORE -> new Color(0x8C, 0x56, 0x4B);
            case SUPPORT_FORUM -> new Color(0x7F, 0x7F, 0x7F);
            case MARKETING -> new Color(0xD6, 0x27, 0x28);
            case CONNECTED_DEVICE -> new Color(0x39, 0x3B, 0x79);
            case OTHER -> new Color(0xAA, 0xAA, 0xAA);
        };
    }

    /** Red for the most negative emotion, amber for neutral, green for the most positive. */
    static Color emotion(int score) {
        int clamped = Math.max(EmotionScale.MOST_NEGATIVE, Math.min(EmotionScale.MOST_POSITIVE, score));
        if (clamped < 0) {
            return blend(NEUTRAL, NEGATIVE, (double) clamped / EmotionScale.MOST_NEGATIVE);
        }
        return blend(NEUTRAL, POSITIVE, (double) clamped / EmotionScale.MOST_POSITIVE);
    }

    static Color kpiStatus(KpiStatus status) {
        return switch (status) {
            case ON_TARGET -> DELIGHT;
            case OFF_TARGET -> PAIN;
            case NO_DATA -> new Color(0x75, 0x75, 0x75);
        };
    }

    private static Color blend(Color from, Color to, double share) {
        return new Color(mix(from.getRed(), to.getRed(), share), mix(from.getGreen(), to.getGreen(), share),
                mix(from.getBlue(), to.getBlue(), share));
    }

    private static int mix(int from, int to, double share) {
        return (int) Math.round(from + (to - from) * share);
    }
}
