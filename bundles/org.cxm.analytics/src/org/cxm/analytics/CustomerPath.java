package org.cxm.analytics;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.cxm.model.Journey;
import org.cxm.model.Touchpoint;

/**
 * One customer's own way through a journey, for the rep: the designed steps with whether and when the
 * customer was there, the ones skipped, and how long ago the last step was.
 *
 * @param path the designed path
 * @param steps each designed step in order, with the customer's visits
 * @param trace the customer's activities in the journey, in order
 * @param check the conformance of that trace
 * @param sinceLastStep the time since the customer's latest record in the journey, or {@code null} without one
 */
public record CustomerPath(DesignedPath path, List<Step> steps, List<String> trace, TraceCheck check,
        Duration sinceLastStep) {

    /**
     * A designed step as the customer lived it.
     *
     * @param touchpoint the designed touchpoint
     * @param visits how often the customer was there
     * @param lastVisit the latest visit, or {@code null}
     * @param skipped whether the customer went past it without it
     */
    public record Step(Touchpoint touchpoint, int visits, Instant lastVisit, boolean skipped) {
    }

    /** The path of the customer whose events (all of them, in time order) are {@code events}, as at {@code now}. */
    public static CustomerPath of(DesignedPath path, List<LogEvent> events, Instant now) {
        int[] visits = new int[path.steps().size()];
        long[] last = new long[path.steps().size()];
        List<String> trace = new ArrayList<>();
        Long latest = null;
        for (LogEvent event : events) {
            if (!path.contains(event)) {
                continue;
            }
            trace.add(event.activity());
            latest = event.time();
            int position = path.positionOf(event.activity());
            if (position >= 0) {
                visits[position]++;
                last[position] = event.time();
            }
        }
        TraceCheck check = TraceCheck.of(path, trace);
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < visits.length; i++) {
            Touchpoint touchpoint = path.steps().get(i);
            boolean skipped = check.deviations().contains(new Deviation(Deviation.Kind.SKIPPED, touchpoint.getId()));
            steps.add(new Step(touchpoint, visits[i], visits[i] == 0 ? null : Instant.ofEpochMilli(last[i]), skipped));
        }
        Duration since = latest == null ? null : Duration.between(Instant.ofEpochMilli(latest), now);
        return new CustomerPath(path, steps, trace, check, since);
    }

    /**
     * The path of the customer whose events are {@code events} through the journey of {@code journeys} that
     * holds most of them (the first such journey on a tie); {@code null} when no event is in any of them.
     */
    public static CustomerPath ofBusiestJourney(List<Journey> journeys, List<LogEvent> events, Instant now) {
        DesignedPath busiest = null;
        long most = 0;
        for (Journey journey : journeys) {
            DesignedPath path = DesignedPath.of(journey);
            long count = events.stream().filter(path::contains).count();
            if (count > most) {
                most = count;
                busiest = path;
            }
        }
        return busiest == null ? null : of(busiest, events, now);
    }
}
