package org.cxm.analytics;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The conformance of one trace (a customer's activities in a journey, in order) with the designed path:
 * its token-replay result and its deviations.
 *
 * @param replay the token replay of the trace's designed steps
 * @param deviations each deviation once, in the order met
 */
public record TraceCheck(TokenReplay.Result replay, Set<Deviation> deviations) {

    /** Whether the trace stays on the designed path (it may not have reached its end yet). */
    public boolean follows() {
        return deviations.isEmpty();
    }

    /** Checks {@code activities} against {@code path}. */
    public static TraceCheck of(DesignedPath path, List<String> activities) {
        Set<Deviation> deviations = new LinkedHashSet<>();
        List<Integer> positions = new ArrayList<>();
        boolean[] visited = new boolean[path.steps().size()];
        int furthest = -1;
        for (String activity : activities) {
            int position = path.positionOf(activity);
            if (position < 0) {
                deviations.add(new Deviation(Deviation.Kind.UNMODELLED, activity));
                continue;
            }
            positions.add(position);
            if (visited[position]) {
                deviations.add(new Deviation(Deviation.Kind.REPEATED, activity));
            } else if (position < furthest) {
                deviations.add(new Deviation(Deviation.Kind.OUT_OF_ORDER, activity));
            }
            visited[position] = true;
            furthest = Math.max(furthest, position);
        }
        boolean[] optional = new boolean[path.steps().size()];
        for (int i = 0; i < optional.length; i++) {
            optional[i] = path.optional(i);
            if (i < furthest && !visited[i] && !optional[i]) {
                deviations.add(new Deviation(Deviation.Kind.SKIPPED, path.steps().get(i).getId()));
            }
        }
        return new TraceCheck(TokenReplay.replay(positions, optional), deviations);
    }
}
