package org.cxm.model.validation;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

import org.cxm.model.FeedbackMechanism;
import org.cxm.model.Kpi;
import org.cxm.model.Touchpoint;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * The touchpoints of a model that some KPI measures or where some feedback mechanism collects feedback.
 * Computed once per model and validation run, and kept in the validation context, so checking every
 * moment of truth costs one pass over the model rather than one per touchpoint.
 */
final class MeasuredTouchpoints {

    private MeasuredTouchpoints() {
    }

    static Set<Touchpoint> in(Touchpoint touchpoint, Map<Object, Object> context) {
        EObject root = EcoreUtil.getRootContainer(touchpoint);
        if (context == null) {
            return collect(root);
        }
        @SuppressWarnings("unchecked")
        Map<EObject, Set<Touchpoint>> byRoot = (Map<EObject, Set<Touchpoint>>) context
                .computeIfAbsent(MeasuredTouchpoints.class, key -> new HashMap<EObject, Set<Touchpoint>>());
        return byRoot.computeIfAbsent(root, MeasuredTouchpoints::collect);
    }

    private static Set<Touchpoint> collect(EObject root) {
        Set<Touchpoint> measured = new HashSet<>();
        for (Iterator<EObject> contents = root.eAllContents(); contents.hasNext();) {
            EObject element = contents.next();
            if (element instanceof Kpi kpi && kpi.getScope() instanceof Touchpoint touchpoint) {
                measured.add(touchpoint);
            } else if (element instanceof FeedbackMechanism feedback) {
                measured.addAll(feedback.getCollectedAt());
            }
        }
        return measured;
    }
}
