package org.cxm.render.internal;

import java.io.PrintStream;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cxm.analytics.EventLog;
import org.cxm.analytics.KpiEvaluation;
import org.cxm.analytics.LogWindow;
import org.cxm.analytics.MeasuredEmotion;
import org.cxm.history.HistoryStore;
import org.cxm.history.StoreException;
import org.cxm.history.StoreLocation;
import org.cxm.model.CxModel;
import org.cxm.model.Journey;

/**
 * What {@code cxm render --store} measures before drawing: every KPI's actual value (written into the model
 * in memory, so the KPI lane shows live status) and the emotion per touchpoint, in one read of the store.
 */
final class LiveValues {

    private LiveValues() {
    }

    /** The measured emotion per touchpoint id; {@code null} when the store cannot be read, which {@code err} says. */
    static Map<String, Double> measure(CxModel model, Journey journey, StoreLocation location, LogWindow window,
            PrintStream err) {
        try (HistoryStore store = HistoryStore.open(location)) {
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
        } catch (StoreException e) {
            err.println("error: " + e.getMessage());
            return null;
        }
    }
}
