package org.cxm.analytics.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.cxm.analytics.Deviation;
import org.cxm.analytics.Deviation.Kind;
import org.cxm.analytics.JourneyPaths;
import org.cxm.analytics.PathAnalysis;
import org.cxm.analytics.TraceCheck;
import org.cxm.model.Touchpoint;
import org.cxm.tests.support.AnalyticsModel;
import org.junit.jupiter.api.Test;

/**
 * Designed versus actual paths on a known log: the designed path leaves out what no rule records, the
 * directly-follows graph counts pairs with their median times, variants are ranked, and each kind of
 * deviation is found where it is.
 */
class PathAnalysisTest {

    private final AnalyticsModel shop = new AnalyticsModel();

    @Test
    void theDesignedPathHasTheRecordedTouchpointsInOrder() {
        PathAnalysis analysis = new PathAnalysis(shop.journey);
        assertEquals(List.of(shop.showroom, shop.checkout, shop.phoneOrder, shop.chat, shop.damage, shop.replacement),
                analysis.path().steps());
    }

    @Test
    void graphVariantsAndConformanceOfAKnownLog() {
        PathAnalysis analysis = new PathAnalysis(shop.journey);
        Rec.feed(analysis,
                // customers 1-3: the designed path without the optional phone order
                new Rec(1, 0).at(shop.showroom), new Rec(1, 1).at(shop.checkout), new Rec(1, 3).at(shop.chat),
                new Rec(2, 0).at(shop.showroom), new Rec(2, 2).at(shop.checkout), new Rec(2, 4).at(shop.chat),
                new Rec(3, 0).at(shop.showroom), new Rec(3, 3).at(shop.checkout), new Rec(3, 5).at(shop.chat),
                // customer 4 skips the showroom and asks twice
                new Rec(4, 0).at(shop.checkout), new Rec(4, 1).at(shop.chat), new Rec(4, 2).at(shop.chat),
                // customer 5 orders first, then visits the showroom, then calls about something unmodelled
                new Rec(5, 0).at(shop.checkout), new Rec(5, 1).at(shop.showroom), new Rec(5, 2).in(shop.support),
                // customer 6 has only a record of another kind, outside the journey
                new Rec(6, 0).kind("invoice"));
        JourneyPaths paths = analysis.result();
        assertEquals(5, paths.customers());
        assertEquals(15, paths.events());
        assertEquals(3, paths.following());
        assertEquals(0.6, paths.followingShare(), 1e-9);

        JourneyPaths.Variant top = paths.variants().get(0);
        assertEquals(List.of(shop.showroom.getId(), shop.checkout.getId(), shop.chat.getId()), top.activities());
        assertEquals(3, top.customers());
        assertTrue(top.check().follows());
        assertEquals(3, paths.variants().size());

        JourneyPaths.Edge showroomToCheckout = edge(paths, shop.showroom, shop.checkout.getId());
        assertEquals(3, showroomToCheckout.count());
        assertEquals(2 * 86_400_000L, showroomToCheckout.medianMillis());
        assertEquals(4, edge(paths, shop.checkout, shop.chat.getId()).count());
        assertEquals(1, edge(paths, shop.chat, shop.chat.getId()).count());
        assertEquals(Map.of(shop.showroom.getId(), 3L, shop.checkout.getId(), 2L), paths.starts());

        assertEquals(Map.of(new Deviation(Kind.SKIPPED, shop.showroom.getId()), 1L,
                new Deviation(Kind.REPEATED, shop.chat.getId()), 1L,
                new Deviation(Kind.OUT_OF_ORDER, shop.showroom.getId()), 1L,
                new Deviation(Kind.UNMODELLED, shop.support.getId()), 1L), deviations(paths));
    }

    @Test
    void aSkippedOptionalStepIsNoDeviationButARequiredOneIs() {
        TraceCheck optional = TraceCheck.of(new PathAnalysis(shop.journey).path(),
                List.of(shop.showroom.getId(), shop.checkout.getId(), shop.chat.getId(), shop.damage.getId(),
                        shop.replacement.getId()));
        assertTrue(optional.follows());
        assertEquals(1.0, optional.replay().fitness(), 1e-9);
        TraceCheck required = TraceCheck.of(new PathAnalysis(shop.journey).path(),
                List.of(shop.showroom.getId(), shop.chat.getId(), shop.damage.getId(), shop.replacement.getId()));
        assertFalse(required.follows());
        assertEquals(List.of(new Deviation(Kind.SKIPPED, shop.checkout.getId())), List.copyOf(required.deviations()));
        // checkout skipped: chat finds p3 empty (m 1), the showroom's token stays in p1 (r 1); p = 5, c = 5
        assertEquals(0.8, required.replay().fitness(), 1e-9);
    }

    private static JourneyPaths.Edge edge(JourneyPaths paths, Touchpoint from, String to) {
        return paths.edges().stream().filter(e -> e.from().equals(from.getId()) && e.to().equals(to)).findFirst()
                .orElseThrow(() -> new AssertionError("no edge " + from.getName() + " -> " + to + " in " + paths.edges()));
    }

    private static Map<Deviation, Long> deviations(JourneyPaths paths) {
        Map<Deviation, Long> counts = new java.util.HashMap<>();
        paths.deviations().forEach(d -> counts.put(d.deviation(), d.customers()));
        return counts;
    }
}
