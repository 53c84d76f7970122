package org.cxm.analytics.tests;

import static org.cxm.tests.support.AnalyticsModel.at;
import static org.cxm.tests.support.AnalyticsModel.in;
import static org.cxm.tests.support.AnalyticsModel.kinds;
import static org.cxm.tests.support.AnalyticsModel.measure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.cxm.analytics.KpiMeasurement;
import org.cxm.analytics.KpiValue;
import org.cxm.model.CxmFactory;
import org.cxm.model.DurationUnit;
import org.cxm.model.KpiMeasure;
import org.cxm.model.MeasureAggregate;
import org.cxm.model.MeasureValue;
import org.cxm.model.RecordFilter;
import org.cxm.model.RecordKind;
import org.cxm.tests.support.AnalyticsModel;
import org.junit.jupiter.api.Test;

/**
 * Every measure kind against values computed by hand from a small event log, one KPI kind of the model
 * at a time: NPS, CSAT, CES, retention, churn, first response time, time to resolution, conversion,
 * campaign engagement, plus counts, ratios, medians, percentiles and repeat contacts.
 */
class KpiMeasurementTest {

    private static final double DELTA = 1e-9;

    private final AnalyticsModel shop = new AnalyticsModel();

    @Test
    void npsIsPromotersMinusDetractorsInPercentOfScoredResponses() {
        KpiMeasure nps = measure(MeasureAggregate.NET_PROMOTER, kinds(RecordKind.SURVEY_RESPONSE));
        // promoters 10, 9, 9; passive 8; detractor 3; the call has no score and the note is no survey
        KpiValue value = value(nps, 100, survey(1, 1, 10), survey(2, 1, 9), survey(3, 1, 9), survey(4, 1, 8),
                survey(5, 1, 3), new Rec(6, 1).kind("surveyResponse"), new Rec(7, 1).kind("note").score(2));
        assertEquals(100.0 * (3 - 1) / 5, value.actual(), DELTA);
        assertEquals(5, value.basis());
    }

    @Test
    void csatIsTheShareOfSatisfiedScoresAtTheTouchpoint() {
        KpiMeasure csat = measure(MeasureAggregate.SHARE, at(shop.checkout));
        csat.setMatching(score(4.0, null));
        KpiValue value = value(csat, 100, checkoutScore(1, 5), checkoutScore(2, 4), checkoutScore(3, 3),
                checkoutScore(4, 5), checkoutScore(5, 1), checkoutScore(6, 4),
                new Rec(7, 1).at(shop.damage).score(5));
        assertEquals(100.0 * 4 / 6, value.actual(), DELTA);
        assertEquals(6, value.basis());
    }

    @Test
    void cesIsTheAverageScore() {
        RecordFilter surveys = kinds(RecordKind.SURVEY_RESPONSE);
        KpiMeasure ces = measure(MeasureAggregate.AVERAGE, surveys);
        ces.setValue(MeasureValue.SURVEY_SCORE);
        assertEquals(4.0, value(ces, 100, survey(1, 1, 2), survey(1, 2, 3), survey(2, 1, 7), survey(3, 1, 4))
                .actual(), DELTA);
    }

    @Test
    void medianAndPercentileInterpolateBetweenRanks() {
        KpiMeasure median = measure(MeasureAggregate.MEDIAN, kinds(RecordKind.SURVEY_RESPONSE));
        assertEquals(2.5, value(median, 100, survey(1, 1, 1), survey(2, 1, 2), survey(3, 1, 3), survey(4, 1, 10))
                .actual(), DELTA);
        KpiMeasure p90 = measure(MeasureAggregate.PERCENTILE, kinds(RecordKind.SURVEY_RESPONSE));
        p90.setPercentile(90.0);
        Rec[] oneToTen = new Rec[10];
        for (int i = 0; i < 10; i++) {
            oneToTen[i] = survey(i + 1, 1, i + 1);
        }
        // rank 0.9 * 9 = 8.1: 9 + 0.1 * (10 - 9)
        assertEquals(9.1, value(p90, 100, oneToTen).actual(), DELTA);
    }

    @Test
    void firstResponseTimeRunsFromTheCaseToTheFirstOutboundReply() {
        KpiMeasure frt = measure(MeasureAggregate.MEDIAN, kinds(RecordKind.CASE));
        frt.setValue(MeasureValue.DURATION);
        frt.setDurationUnit(DurationUnit.HOURS);
        RecordFilter reply = kinds(RecordKind.EMAIL, RecordKind.CALL);
        reply.getDirections().add("Outbound");
        frt.setUntil(reply);
        Rec[] log = { new Rec(1, 0).kind("case"), new Rec(1, 1 / 24.0).kind("email").inbound(),
            new Rec(1, 2 / 24.0).kind("email").outbound(), new Rec(1, 3 / 24.0).kind("email").outbound(),
            new Rec(2, 10).kind("case"), new Rec(2, 10 + 6.5 / 24).kind("call").outbound(),
            new Rec(3, 20).kind("case"), new Rec(4, 30).kind("case"), new Rec(4, 30 + 1 / 24.0).kind("call").outbound() };
        // durations 2 h, 6.5 h and 1 h; customer 3 was never answered
        KpiValue median = value(frt, 100, log);
        assertEquals(2.0, median.actual(), DELTA);
        assertEquals(3, median.basis());
        frt.setAggregate(MeasureAggregate.AVERAGE);
        assertEquals((2 + 6.5 + 1) / 3, value(frt, 100, log).actual(), DELTA);
    }

    @Test
    void timeToResolutionRunsFromTheDamageCallToTheReplacement() {
        KpiMeasure resolution = measure(MeasureAggregate.AVERAGE, at(shop.damage));
        resolution.setValue(MeasureValue.DURATION);
        resolution.setDurationUnit(DurationUnit.DAYS);
        resolution.setUntil(at(shop.replacement));
        KpiValue value = value(resolution, 100, new Rec(1, 0).at(shop.damage), new Rec(1, 2).at(shop.replacement),
                new Rec(2, 5).at(shop.damage), new Rec(2, 9).at(shop.replacement), new Rec(3, 7).at(shop.damage));
        assertEquals(3.0, value.actual(), DELTA);
        assertEquals(2, value.basis());
    }

    @Test
    void conversionIsTheShareOfCustomersWhoReachTheSecondStageAfterTheFirst() {
        KpiMeasure conversion = measure(MeasureAggregate.CONVERSION, in(shop.consider));
        conversion.setUntil(in(shop.buy));
        KpiValue value = value(conversion, 100,
                new Rec(1, 0).at(shop.showroom), new Rec(1, 3).at(shop.checkout),
                new Rec(2, 0).at(shop.showroom),
                new Rec(3, 1).in(shop.consider), new Rec(3, 2).at(shop.phoneOrder),
                new Rec(4, 0).at(shop.checkout), new Rec(4, 5).at(shop.showroom),
                new Rec(5, 0).at(shop.checkout));
        // customers 1 and 3 of the four who considered; 4 bought before, 5 never considered
        assertEquals(50.0, value.actual(), DELTA);
        assertEquals(4, value.basis());
        assertEquals(KpiValue.CUSTOMERS, value.basisUnit());
    }

    @Test
    void churnIsTheShareOfCustomersWithNoOrderInTheWindowAfterTheirLast() {
        KpiMeasure churn = measure(MeasureAggregate.CHURN, kinds(RecordKind.ORDER));
        churn.setWindowDays(90);
        KpiValue value = value(churn, 200, order(1, 10), order(1, 150), order(2, 100), order(3, 50),
                new Rec(4, 190).kind("call"));
        assertEquals(100.0 * 2 / 3, value.actual(), DELTA);
        assertEquals(3, value.basis());
    }

    @Test
    void retentionIsTheShareOfCustomersOrderingAgainWithinTheWindow() {
        KpiMeasure retention = measure(MeasureAggregate.RETENTION, kinds(RecordKind.ORDER));
        retention.setWindowDays(30);
        KpiValue value = value(retention, 200, order(1, 0), order(1, 20), order(2, 0), order(2, 40), order(3, 5));
        assertEquals(100.0 / 3, value.actual(), DELTA);
    }

    @Test
    void repeatContactRateCountsSecondContactsWithinSevenDaysAndReopenedCases() {
        KpiMeasure repeat = measure(MeasureAggregate.REPEAT_RATE, kinds(RecordKind.CALL, RecordKind.CASE));
        repeat.setWindowDays(7);
        RecordFilter reopened = CxmFactory.eINSTANCE.createRecordFilter();
        reopened.getStatuses().add("reopened");
        repeat.setMatching(reopened);
        KpiValue value = value(repeat, 100, new Rec(1, 0).kind("call"), new Rec(1, 3).kind("call"),
                new Rec(1, 20).kind("call"), new Rec(2, 0).kind("case").status("Reopened"),
                new Rec(2, 1).kind("email"));
        // the call on day 0 (followed on day 3) and the reopened case, of four contacts
        assertEquals(50.0, value.actual(), DELTA);
        assertEquals(4, value.basis());
    }

    @Test
    void campaignOpenRateIsTheShareOfCampaignEmailsOpenedOrClicked() {
        KpiMeasure openRate = measure(MeasureAggregate.SHARE, kinds(RecordKind.EMAIL));
        openRate.getRecords().getStatuses().addAll(java.util.List.of("sent", "opened", "clicked"));
        RecordFilter opened = CxmFactory.eINSTANCE.createRecordFilter();
        opened.getStatuses().addAll(java.util.List.of("opened", "clicked"));
        openRate.setMatching(opened);
        KpiValue value = value(openRate, 100, email(1, "opened"), email(2, "sent"), email(3, "Opened"),
                email(4, "clicked"), email(5, "bounced"));
        assertEquals(75.0, value.actual(), DELTA);
    }

    @Test
    void countRatioAndAmountAverage() {
        KpiMeasure chats = measure(MeasureAggregate.COUNT, at(shop.chat));
        Rec[] log = { new Rec(1, 0).at(shop.chat), new Rec(2, 0).at(shop.chat), new Rec(2, 1).at(shop.chat),
            order(1, 1).amount(10), order(2, 2).amount(20), order(3, 3).amount(60), order(4, 4) };
        assertEquals(3.0, value(chats, 100, log).actual(), DELTA);
        KpiMeasure perHundredOrders = measure(MeasureAggregate.RATIO, at(shop.chat));
        perHundredOrders.setPer(kinds(RecordKind.ORDER));
        assertEquals(75.0, value(perHundredOrders, 100, log).actual(), DELTA);
        KpiMeasure basket = measure(MeasureAggregate.AVERAGE, kinds(RecordKind.ORDER));
        basket.setValue(MeasureValue.AMOUNT);
        KpiValue value = value(basket, 100, log);
        assertEquals(30.0, value.actual(), DELTA);
        assertEquals(3, value.basis());
    }

    @Test
    void periodDaysMeasuresOnlyTheLastDaysOfThePeriod() {
        KpiMeasure recent = measure(MeasureAggregate.AVERAGE, kinds(RecordKind.SURVEY_RESPONSE));
        recent.setPeriodDays(30);
        assertEquals(8.0, value(recent, 100, survey(1, 10, 2), survey(2, 75, 7), survey(3, 99, 9)).actual(), DELTA);
    }

    @Test
    void nothingToMeasureIsNoDataNotZero() {
        KpiMeasure csat = measure(MeasureAggregate.SHARE, at(shop.checkout));
        KpiValue value = value(csat, 100, new Rec(1, 0).at(shop.damage));
        assertNull(value.actual());
        assertEquals(0, value.basis());
    }

    private static KpiValue value(KpiMeasure measure, double endDay, Rec... log) {
        KpiMeasurement measurement = KpiMeasurement.of(measure, Rec.millis(endDay));
        Rec.feed(measurement, log);
        return measurement.value();
    }

    private static Rec survey(long customer, double day, double score) {
        return new Rec(customer, day).kind("surveyResponse").score(score);
    }

    private Rec checkoutScore(long customer, double score) {
        return new Rec(customer, 1).kind("surveyResponse").at(shop.checkout).score(score);
    }

    private static Rec order(long customer, double day) {
        return new Rec(customer, day).kind("order");
    }

    private static Rec email(long customer, String status) {
        return new Rec(customer, 1).kind("email").status(status);
    }

    private static RecordFilter score(Double min, Double max) {
        RecordFilter filter = CxmFactory.eINSTANCE.createRecordFilter();
        filter.setMinScore(min);
        filter.setMaxScore(max);
        return filter;
    }
}
