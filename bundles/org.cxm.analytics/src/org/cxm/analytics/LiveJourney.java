package org.cxm.analytics;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cxm.history.HistoryStore;
import org.cxm.model.CxModel;
import org.cxm.model.Journey;

/**
 * What the records say of one journey, for the pictures that show it beside the design: every KPI of the
 * model measured (its actual written into the model in memory, so the KPI lane shows live status) and the
 * emotion per touchpoint, in one read of the store; or how customers went through the journey.
 */
public final class LiveJourney {

    private LiveJourney() {
    }

    /**
     * Measures the KPIs of {@code model} and the emotion at the touchpoints of {@code journey} (one of the
     * model's) from the records of {@code window}; sets each KPI's actual and returns the measured emotion
     * per touchpoint id, -5 to +5, for the touchpoints that have one.
     */
    public static Map<String, Double> measure(HistoryStore store, CxModel model, Journey journey, LogWindow window) {
        KpiEvaluation kpis = new KpiEvaluation(model, window, Instant.now());
        MeasuredEmotion emotion = new MeasuredEmotion(journey);
        new EventLog(store).scan(window, List.of(kpis, emotion));
        KpiEvaluation.applyActuals(kpis.results());
        Map<String, Double> measured = new HashMap<>();
        emotion.result().forEach((touchpoint, value) -> {
            if (value.emotion() != null) {
                measured.put(touchpoint.getId(), value.emotion());
            }
        });
        return measured;
    }

    /** How customers went through {@code journey}, from the records of {@code window}. */
    public static JourneyPaths paths(HistoryStore store, Journey journey, LogWindow window) {
        PathAnalysis analysis = new PathAnalysis(journey);
        new EventLog(store).scan(window, List.of(analysis));
        return analysis.result();
    }
}
