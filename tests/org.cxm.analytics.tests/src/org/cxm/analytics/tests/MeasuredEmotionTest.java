package org.cxm.analytics.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.cxm.analytics.CustomerPath;
import org.cxm.analytics.DesignedPath;
import org.cxm.analytics.LogEvent;
import org.cxm.analytics.MeasuredEmotion;
import org.cxm.analytics.TouchpointEmotion;
import org.cxm.model.CxmFactory;
import org.cxm.model.FeedbackKind;
import org.cxm.model.FeedbackMechanism;
import org.cxm.model.Touchpoint;
import org.cxm.tests.support.AnalyticsModel;
import org.junit.jupiter.api.Test;

/** Measured emotion per touchpoint and a customer's own path, against values worked out by hand. */
class MeasuredEmotionTest {

    private final AnalyticsModel shop = new AnalyticsModel();

    @Test
    void emotionComesFromScoresOnTheSurveysScaleMinusRepeatsAndEscalations() {
        FeedbackMechanism csat = CxmFactory.eINSTANCE.createFeedbackMechanism();
        csat.setName("Checkout CSAT");
        csat.setKind(FeedbackKind.CSAT_SURVEY);
        csat.getCollectedAt().add(shop.checkout);
        shop.model.getFeedbackMechanisms().add(csat);
        MeasuredEmotion emotion = new MeasuredEmotion(shop.journey);
        Rec.feed(emotion,
                // checkout: CSAT 5 and 4 on 1-5: mean 4.5 is -5 + 10 * 3.5 / 4 = 3.75
                new Rec(1, 0).at(shop.checkout).score(5), new Rec(2, 0).at(shop.checkout).score(4),
                // damage calls: no score (neutral 0), 1 of 4 repeated within 7 days (day 0, again on day 2; day 10
                // is 8 days after), 1 of 4 escalated: 0 - 5 * 0.25 - 5 * 0.25 = -2.5
                new Rec(3, 0).at(shop.damage), new Rec(3, 2).at(shop.damage), new Rec(3, 10).at(shop.damage),
                new Rec(4, 0).at(shop.damage).status("Escalated"));
        Map<Touchpoint, TouchpointEmotion> result = emotion.result();
        assertEquals(3.8, result.get(shop.checkout).emotion(), 1e-9);
        assertEquals(4.5, result.get(shop.checkout).meanScore(), 1e-9);
        TouchpointEmotion damage = result.get(shop.damage);
        assertEquals(-2.5, damage.emotion(), 1e-9);
        assertEquals(0.25, damage.repeatShare(), 1e-9);
        assertEquals(0.25, damage.escalatedShare(), 1e-9);
        assertEquals(4, damage.records());
        assertNull(result.get(shop.showroom).emotion(), "no record, no measured emotion");
    }

    @Test
    void anNpsScoreOnZeroToTenAndEffortWhereLowIsGood() {
        FeedbackMechanism ces = CxmFactory.eINSTANCE.createFeedbackMechanism();
        ces.setName("Claim effort");
        ces.setKind(FeedbackKind.CES_SURVEY);
        ces.getCollectedAt().add(shop.damage);
        shop.model.getFeedbackMechanisms().add(ces);
        MeasuredEmotion emotion = new MeasuredEmotion(shop.journey);
        // chat without survey, a score of 9 means 0-10: -5 + 10 * 0.9 = 4; effort 2 on 1-7: 5 - 10 / 6
        Rec.feed(emotion, new Rec(1, 0).at(shop.chat).score(9), new Rec(2, 0).at(shop.damage).score(2));
        assertEquals(4.0, emotion.result().get(shop.chat).emotion(), 1e-9);
        assertEquals(3.3, emotion.result().get(shop.damage).emotion(), 1e-9);
    }

    @Test
    void aCustomersPathShowsVisitsSkipsAndTimeSinceTheLastStep() {
        DesignedPath path = DesignedPath.of(shop.journey);
        List<LogEvent> events = List.of(new Rec(1, 0).at(shop.showroom).event(), new Rec(1, 2).at(shop.chat).event(),
                new Rec(1, 3).at(shop.chat).event(), new Rec(1, 4).kind("invoice").event());
        CustomerPath own = CustomerPath.of(path, events, Instant.ofEpochMilli(Rec.millis(10)));
        assertEquals(List.of(1, 0, 0, 2, 0, 0), own.steps().stream().map(CustomerPath.Step::visits).toList());
        assertEquals(List.of(false, true, false, false, false, false),
                own.steps().stream().map(CustomerPath.Step::skipped).toList(), "checkout skipped; phone is optional");
        assertEquals(Duration.ofDays(7), own.sinceLastStep());
    }
}
