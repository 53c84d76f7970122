package org.cxm.model.query;

import java.util.ArrayList;
import java.util.List;

import org.cxm.model.Journey;
import org.cxm.model.Stage;
import org.cxm.model.Touchpoint;
import org.eclipse.emf.ecore.EObject;

/** Navigation over journeys that the metamodel does not store: all touchpoints in order, owners. */
public final class JourneyQuery {

    private JourneyQuery() {
    }

    /** Every touchpoint of {@code journey}, stage by stage, in the order the customer meets them. */
    public static List<Touchpoint> touchpoints(Journey journey) {
        List<Touchpoint> touchpoints = new ArrayList<>();
        for (Stage stage : journey.getStages()) {
            touchpoints.addAll(stage.getTouchpoints());
        }
        return touchpoints;
    }

    /** The journey that contains {@code element}, directly or not, or {@code null}. */
    public static Journey journeyOf(EObject element) {
        for (EObject current = element; current != null; current = current.eContainer()) {
            if (current instanceof Journey journey) {
                return journey;
            }
        }
        return null;
    }

    /** The stage that contains {@code touchpoint}, or {@code null} when it is detached. */
    public static Stage stageOf(Touchpoint touchpoint) {
        return touchpoint.eContainer() instanceof Stage stage ? stage : null;
    }
}
