package org.cxm.analytics;

import java.util.List;
import java.util.Map;

/**
 * How customers really went through a journey, from the event log: the directly-follows graph of its
 * activities, the path variants, and how well they conform to the designed path.
 *
 * @param path the designed path
 * @param customers customers with at least one record in the journey
 * @param events their records in the journey
 * @param activities records per activity
 * @param starts customers whose path starts at each activity
 * @param edges the directly-follows relation, most frequent first
 * @param variants the distinct paths, most frequent first
 * @param following customers whose path has no deviation
 * @param meanFitness the token-replay fitness averaged over customers
 * @param deviations customers per deviation, most frequent first
 */
public record JourneyPaths(DesignedPath path, long customers, long events, Map<String, Long> activities,
        Map<String, Long> starts, List<Edge> edges, List<Variant> variants, long following, double meanFitness,
        List<DeviationCount> deviations) {

    /**
     * One directly-follows pair.
     *
     * @param from the earlier activity
     * @param to the activity right after it
     * @param count how often {@code to} directly followed {@code from}
     * @param medianMillis the median time between them
     */
    public record Edge(String from, String to, long count, long medianMillis) {
    }

    /**
     * One distinct path and the customers who took it.
     *
     * @param activities the activities in order
     * @param customers how many customers took exactly this path
     * @param check its conformance with the designed path
     */
    public record Variant(List<String> activities, long customers, TraceCheck check) {
    }

    /** A deviation and the number of customers whose path has it. */
    public record DeviationCount(Deviation deviation, long customers) {
    }

    /** The share of customers whose path has no deviation, from 0 to 1; 0 without customers. */
    public double followingShare() {
        return customers == 0 ? 0 : (double) following / customers;
    }
}
