package org.cxm.model.query;

/**
 * The scale of a touchpoint's emotion score: from {@value #MOST_NEGATIVE} (very negative) through 0
 * (neutral) to {@value #MOST_POSITIVE} (very positive).
 */
public final class EmotionScale {

    public static final int MOST_NEGATIVE = -5;

    public static final int MOST_POSITIVE = 5;

    private EmotionScale() {
    }

    public static boolean contains(int score) {
        return score >= MOST_NEGATIVE && score <= MOST_POSITIVE;
    }
}
