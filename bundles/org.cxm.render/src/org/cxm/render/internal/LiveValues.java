package org.cxm.render.internal;

import java.io.PrintStream;
import java.util.Map;

import org.cxm.analytics.JourneyPaths;
import org.cxm.analytics.LiveJourney;
import org.cxm.analytics.LogWindow;
import org.cxm.history.HistoryStore;
import org.cxm.history.StoreException;
import org.cxm.history.StoreLocation;
import org.cxm.model.CxModel;
import org.cxm.model.Journey;

/**
 * What {@code cxm render --store} measures before drawing: every KPI's actual value (written into the model
 * in memory, so the KPI lane shows live status) and the emotion per touchpoint, in one read of the store;
 * or, for the paths view, how customers went through the journey.
 */
final class LiveValues {

    private LiveValues() {
    }

    /** The measured emotion per touchpoint id; {@code null} when the store cannot be read, which {@code err} says. */
    static Map<String, Double> measure(CxModel model, Journey journey, StoreLocation location, LogWindow window,
            PrintStream err) {
        try (HistoryStore store = HistoryStore.open(location)) {
            return LiveJourney.measure(store, model, journey, window);
        } catch (StoreException e) {
            err.println("error: " + e.getMessage());
            return null;
        }
    }

    /** How customers went through {@code journey}; {@code null} when the store cannot be read, which {@code err} says. */
    static JourneyPaths paths(Journey journey, StoreLocation location, LogWindow window, PrintStream err) {
        try (HistoryStore store = HistoryStore.open(location)) {
            return LiveJourney.paths(store, journey, window);
        } catch (StoreException e) {
            err.println("error: " + e.getMessage());
            return null;
        }
    }
}
