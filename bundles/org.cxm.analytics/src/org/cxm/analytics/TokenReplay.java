package org.cxm.analytics;

import java.util.List;

/**
 * Token-replay conformance of a trace against a designed path seen as a sequential Petri net: places
 * p0..pn, step k moving a token from p(k) to p(k+1), a silent skip beside each optional step. The trace's
 * steps are fired in order; a step whose input place is empty (and cannot be reached through silent skips)
 * gets a missing token, tokens left anywhere but consumed at the end are remaining. Fitness is
 * {@code 1/2 (1 - missing/consumed) + 1/2 (1 - remaining/produced)}, 1 for a trace that walks the path.
 */
public final class TokenReplay {

    /** The counts of one replay. */
    public record Result(int produced, int consumed, int missing, int remaining) {

        public double fitness() {
            return 0.5 * (1 - (double) missing / consumed) + 0.5 * (1 - (double) remaining / produced);
        }
    }

    private TokenReplay() {
    }

    /**
     * Replays {@code positions} (the trace's designed steps, by position on the path, in trace order) on a path
     * whose step k may be skipped when {@code optional[k]}.
     */
    public static Result replay(List<Integer> positions, boolean[] optional) {
        int steps = optional.length;
        int[] tokens = new int[steps + 1];
        int[] counts = { 1, 0, 0 }; // produced, consumed, missing
        tokens[0] = 1;
        for (int position : positions) {
            enable(tokens, position, optional, counts);
            tokens[position]--;
            tokens[position + 1]++;
            counts[1]++;
            counts[0]++;
        }
        enable(tokens, steps, optional, counts);
        tokens[steps]--;
        counts[1]++;
        int remaining = 0;
        for (int token : tokens) {
            remaining += token;
        }
        return new Result(counts[0], counts[1], counts[2], remaining);
    }

    /** Puts a token in place {@code place}: through silent skips of optional steps if possible, else missing. */
    private static void enable(int[] tokens, int place, boolean[] optional, int[] counts) {
        if (tokens[place] > 0) {
            return;
        }
        for (int from = place - 1; from >= 0 && optional[from]; from--) {
            if (tokens[from] > 0) {
                tokens[from]--;
                tokens[place]++;
                counts[1] += place - from;
                counts[0] += place - from;
                return;
            }
        }
        counts[2]++;
        tokens[place]++;
    }
}
