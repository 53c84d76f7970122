package org.cxm.analytics.internal;

import java.util.Arrays;

/** The measured values of a median or percentile: a growing array of doubles, sorted once at the end. */
final class Values {

    private double[] values = new double[64];

    private int size;

    private double sum;

    private boolean sorted = true;

    void add(double value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
        sum += value;
        sorted = false;
    }

    int size() {
        return size;
    }

    double get(int index) {
        return values[index];
    }

    double mean() {
        return sum / size;
    }

    /**
     * The {@code percentile} (0 to 100), interpolated linearly between the two nearest ranks as SQL's
     * PERCENTILE_CONT does: the median of 1, 2, 3, 10 is 2.5.
     */
    double percentile(double percentile) {
        if (!sorted) {
            Arrays.sort(values, 0, size);
            sorted = true;
        }
        double rank = percentile / 100 * (size - 1);
        int below = (int) Math.floor(rank);
        int above = (int) Math.ceil(rank);
        return values[below] + (rank - below) * (values[above] - values[below]);
    }
}
