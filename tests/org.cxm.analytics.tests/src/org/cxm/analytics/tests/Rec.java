package org.cxm.analytics.tests;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cxm.analytics.CaseListener;
import org.cxm.analytics.LogEvent;
import org.cxm.model.Stage;
import org.cxm.model.Touchpoint;

/**
 * A record of a hand-made event log: {@code new Rec(customer, day).kind("case").at(touchpoint)}, with
 * days (and fractions of days) counted from {@link #T0}. {@link #feed} gives a list of them to listeners
 * as the event log would: one customer at a time, in time order.
 */
final class Rec {

    static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");

    private static long nextId = 1;

    private final long customer;

    private final long time;

    private String kind = "note";

    private String direction;

    private String status;

    private Double score;

    private Double amount;

    private String channel;

    private String touchpoint;

    private String stage;

    Rec(long customer, double day) {
        this.customer = customer;
        this.time = millis(day);
    }

    static long millis(double day) {
        return T0.plus(Duration.ofSeconds(Math.round(day * 86_400))).toEpochMilli();
    }

    Rec kind(String value) {
        kind = value;
        return this;
    }

    Rec outbound() {
        direction = "outbound";
        return this;
    }

    Rec inbound() {
        direction = "inbound";
        return this;
    }

    Rec status(String value) {
        status = value;
        return this;
    }

    Rec score(double value) {
        score = value;
        return this;
    }

    Rec amount(double value) {
        amount = value;
        return this;
    }

    Rec at(Touchpoint value) {
        touchpoint = value.getId();
        stage = ((Stage) value.eContainer()).getId();
        channel = value.getChannel() == null ? null : value.getChannel().getId();
        return this;
    }

    Rec in(Stage value) {
        stage = value.getId();
        return this;
    }

    LogEvent event() {
        return new LogEvent(nextId++, customer, time, "CRM", "records", kind, direction, status, score, amount,
                channel, touchpoint, stage);
    }

    /** Gives {@code records} to {@code listener}, one customer at a time (in customer order), each in time order. */
    static void feed(CaseListener listener, Rec... records) {
        Map<Long, List<LogEvent>> cases = new LinkedHashMap<>();
        List<Rec> sorted = new ArrayList<>(List.of(records));
        sorted.sort(Comparator.comparingLong((Rec r) -> r.customer).thenComparingLong(r -> r.time));
        for (Rec record : sorted) {
            cases.computeIfAbsent(record.customer, c -> new ArrayList<>()).add(record.event());
        }
        cases.forEach(listener::accept);
    }
}
