package org.cxm.analytics.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.cxm.analytics.TokenReplay;
import org.junit.jupiter.api.Test;

/**
 * Token-replay fitness on known logs against the designed path A, B, C, with the token counts worked out by
 * hand (p = produced, c = consumed, m = missing, r = remaining; fitness = (1 - m/c)/2 + (1 - r/p)/2).
 */
class TokenReplayTest {

    private static final boolean[] STRICT = { false, false, false };

    private static final boolean[] B_OPTIONAL = { false, true, false };

    @Test
    void theDesignedPathFitsPerfectly() {
        TokenReplay.Result result = TokenReplay.replay(List.of(0, 1, 2), STRICT);
        assertEquals(new TokenReplay.Result(4, 4, 0, 0), result);
        assertEquals(1.0, result.fitness(), 1e-9);
    }

    @Test
    void aSkippedStepCostsAMissingAndARemainingToken() {
        // A C: C finds p2 empty (missing 1), A's token stays in p1 (remaining 1); p = 3, c = 3
        TokenReplay.Result result = TokenReplay.replay(List.of(0, 2), STRICT);
        assertEquals(new TokenReplay.Result(3, 3, 1, 1), result);
        assertEquals(2.0 / 3, result.fitness(), 1e-9);
    }

    @Test
    void anOptionalStepMayBeSkippedSilently() {
        TokenReplay.Result result = TokenReplay.replay(List.of(0, 2), B_OPTIONAL);
        assertEquals(0, result.missing());
        assertEquals(0, result.remaining());
        assertEquals(1.0, result.fitness(), 1e-9);
    }

    @Test
    void aRepeatedStep() {
        // A B B C: the second B finds p1 empty (m 1) and leaves an extra token in p2 (r 1); p = 5, c = 5
        TokenReplay.Result result = TokenReplay.replay(List.of(0, 1, 1, 2), STRICT);
        assertEquals(new TokenReplay.Result(5, 5, 1, 1), result);
        assertEquals(0.8, result.fitness(), 1e-9);
    }

    @Test
    void stepsOutOfOrder() {
        // B A C: B finds p1 empty (m 1); A then moves the start token to p1, where it stays (r 1); p = 4, c = 4
        TokenReplay.Result result = TokenReplay.replay(List.of(1, 0, 2), STRICT);
        assertEquals(new TokenReplay.Result(4, 4, 1, 1), result);
        assertEquals(0.75, result.fitness(), 1e-9);
    }

    @Test
    void aPathNotYetFinishedMissesTheEnd() {
        // A B: the end finds p3 empty (m 1), B's token stays in p2 (r 1); p = 3, c = 3
        TokenReplay.Result result = TokenReplay.replay(List.of(0, 1), STRICT);
        assertEquals(new TokenReplay.Result(3, 3, 1, 1), result);
    }

    @Test
    void anEmptyTraceFitsNothing() {
        TokenReplay.Result result = TokenReplay.replay(List.of(), STRICT);
        assertEquals(new TokenReplay.Result(1, 1, 1, 1), result);
        assertEquals(0.0, result.fitness(), 1e-9);
    }
}
