package org.cxm.ui.internal.design;

import org.cxm.model.Journey;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;

/** The journey a selection is about: the selected journey, or the one containing the selected element. */
final class SelectedJourney {

    private SelectedJourney() {
    }

    /** The journey of the first selected element, or {@code null} when it is not inside a journey. */
    static Journey of(ISelection selection) {
        if (!(selection instanceof IStructuredSelection structured)
                || !(structured.getFirstElement() instanceof EObject element)) {
            return null;
        }
        for (EObject current = element; current != null; current = current.eContainer()) {
            if (current instanceof Journey journey) {
                return journey;
            }
        }
        return null;
    }
}
