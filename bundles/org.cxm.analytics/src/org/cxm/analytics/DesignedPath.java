package org.cxm.analytics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cxm.model.ClassificationRule;
import org.cxm.model.CxModel;
import org.cxm.model.DataSource;
import org.cxm.model.Journey;
import org.cxm.model.RecordSource;
import org.cxm.model.Stage;
import org.cxm.model.Touchpoint;

/**
 * The path a journey is designed to take, as the records can show it: its touchpoints in stage and
 * touchpoint order, leaving out touchpoints no classification rule of the model records (the records can
 * never show them; when no rule records any touchpoint of the journey, all of them count). Optional
 * touchpoints may be passed by.
 */
public final class DesignedPath {

    private final Journey journey;

    private final List<Touchpoint> steps = new ArrayList<>();

    private final Map<String, Integer> positions = new HashMap<>();

    private final Map<String, String> labels = new HashMap<>();

    private final Set<String> touchpointIds = new HashSet<>();

    private final Set<String> stageIds = new HashSet<>();

    private DesignedPath(Journey journey) {
        this.journey = journey;
        Set<String> recorded = recordedTouchpoints(journey);
        for (Stage stage : journey.getStages()) {
            stageIds.add(stage.getId());
            labels.put(stage.getId(), stage.getName() + " (stage)");
            for (Touchpoint touchpoint : stage.getTouchpoints()) {
                touchpointIds.add(touchpoint.getId());
                labels.put(touchpoint.getId(), touchpoint.getName());
                if (recorded.isEmpty() || recorded.contains(touchpoint.getId())) {
                    positions.put(touchpoint.getId(), steps.size());
                    steps.add(touchpoint);
                }
            }
        }
    }

    public static DesignedPath of(Journey journey) {
        return new DesignedPath(journey);
    }

    public Journey journey() {
        return journey;
    }

    /** The designed steps in order. */
    public List<Touchpoint> steps() {
        return steps;
    }

    /** The position of {@code activity} on the designed path, or -1 when it is not a designed step. */
    public int positionOf(String activity) {
        Integer position = positions.get(activity);
        return position == null ? -1 : position;
    }

    /** Whether step {@code position} may be passed by. */
    public boolean optional(int position) {
        return steps.get(position).isOptional();
    }

    /** Whether {@code event} happened in this journey: at one of its touchpoints, or in a stage only. */
    public boolean contains(LogEvent event) {
        return event.touchpointId() != null ? touchpointIds.contains(event.touchpointId())
                : event.stageId() != null && stageIds.contains(event.stageId());
    }

    /** The name people read for an activity of this journey: the touchpoint's, or the stage's with "(stage)". */
    public String label(String activity) {
        return labels.getOrDefault(activity, activity);
    }

    private static Set<String> recordedTouchpoints(Journey journey) {
        Set<String> recorded = new HashSet<>();
        if (!(journey.eContainer() instanceof CxModel model)) {
            return recorded;
        }
        for (DataSource source : model.getDataSources()) {
            for (RecordSource recordSource : source.getRecordSources()) {
                for (ClassificationRule rule : recordSource.getClassificationRules()) {
                    Touchpoint touchpoint = rule.getTouchpoint();
                    if (touchpoint != null && touchpoint.eContainer() != null
                            && touchpoint.eContainer().eContainer() == journey) {
                        recorded.add(touchpoint.getId());
                    }
                }
            }
        }
        return recorded;
    }
}
