package org.cxm.analytics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cxm.model.Journey;

/**
 * Discovers how customers go through one journey while the event log is read: each customer's trace (the
 * records in the journey, in time order) feeds the directly-follows graph and the variants; conformance is
 * checked once per variant. Memory grows with the number of distinct variants and of directly-follows
 * pairs, not with the number of records.
 */
public final class PathAnalysis implements CaseListener {

    private final DesignedPath path;

    private final Map<List<String>, long[]> variants = new HashMap<>();

    private final Map<String, long[]> activities = new LinkedHashMap<>();

    private final Map<String, long[]> starts = new LinkedHashMap<>();

    private final Map<List<String>, EdgeTimes> edges = new HashMap<>();

    private long customers;

    private long events;

    public PathAnalysis(Journey journey) {
        this.path = DesignedPath.of(journey);
    }

    public DesignedPath path() {
        return path;
    }

    @Override
    public void accept(long caseId, List<LogEvent> log) {
        List<String> trace = new ArrayList<>();
        long previousTime = 0;
        for (LogEvent event : log) {
            if (!path.contains(event)) {
                continue;
            }
            String activity = event.activity();
            activities.computeIfAbsent(activity, a -> new long[1])[0]++;
            if (!trace.isEmpty()) {
                edges.computeIfAbsent(List.of(trace.get(trace.size() - 1), activity), e -> new EdgeTimes())
                        .add(event.time() - previousTime);
            }
            trace.add(activity);
            previousTime = event.time();
        }
        if (trace.isEmpty()) {
            return;
        }
        customers++;
        events += trace.size();
        starts.computeIfAbsent(trace.get(0), a -> new long[1])[0]++;
        variants.computeIfAbsent(List.copyOf(trace), t -> new long[1])[0]++;
    }

    /** What was discovered from the customers heard so far. */
    public JourneyPaths result() {
        List<JourneyPaths.Variant> checked = new ArrayList<>();
        Map<Deviation, long[]> deviations = new LinkedHashMap<>();
        long following = 0;
        double fitness = 0;
        for (Map.Entry<List<String>, long[]> variant : variants.entrySet()) {
            TraceCheck check = TraceCheck.of(path, variant.getKey());
            long count = variant.getValue()[0];
            checked.add(new JourneyPaths.Variant(variant.getKey(), count, check));
            following += check.follows() ? count : 0;
            fitness += check.replay().fitness() * count;
            for (Deviation deviation : check.deviations()) {
                deviations.computeIfAbsent(deviation, d -> new long[1])[0] += count;
            }
        }
        checked.sort(Comparator.comparingLong(JourneyPaths.Variant::customers).reversed()
                .thenComparing(v -> String.join(" ", v.activities())));
        List<JourneyPaths.DeviationCount> deviationCounts = new ArrayList<>();
        deviations.forEach((d, n) -> deviationCounts.add(new JourneyPaths.DeviationCount(d, n[0])));
        deviationCounts.sort(Comparator.comparingLong(JourneyPaths.DeviationCount::customers).reversed());
        List<JourneyPaths.Edge> edgeList = new ArrayList<>();
        edges.forEach((pair, times) -> edgeList.add(new JourneyPaths.Edge(pair.get(0), pair.get(1), times.size,
                times.median())));
        edgeList.sort(Comparator.comparingLong(JourneyPaths.Edge::count).reversed()
                .thenComparing(JourneyPaths.Edge::from).thenComparing(JourneyPaths.Edge::to));
        return new JourneyPaths(path, customers, events, counts(activities), counts(starts), edgeList, checked,
                following, customers == 0 ? 0 : fitness / customers, deviationCounts);
    }

    private static Map<String, Long> counts(Map<String, long[]> counters) {
        Map<String, Long> counts = new LinkedHashMap<>();
        counters.forEach((key, count) -> counts.put(key, count[0]));
        return counts;
    }

    /** The times between the two activities of a directly-follows pair. */
    private static final class EdgeTimes {

        private long[] millis = new long[8];

        private int size;

        void add(long value) {
            if (size == millis.length) {
                millis = Arrays.copyOf(millis, size * 2);
            }
            millis[size++] = value;
        }

        long median() {
            long[] sorted = Arrays.copyOf(millis, size);
            Arrays.sort(sorted);
            return size % 2 == 1 ? sorted[size / 2] : (sorted[size / 2 - 1] + sorted[size / 2]) / 2;
        }
    }
}
