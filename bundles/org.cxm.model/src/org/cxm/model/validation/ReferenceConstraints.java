package org.cxm.model.validation;

import java.util.List;

import org.cxm.model.query.ElementPath;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;

/**
 * Finds references that lead nowhere: to an element in a file that cannot be found (an unresolved proxy)
 * or to an element that was removed from the model.
 */
final class ReferenceConstraints {

    private ReferenceConstraints() {
    }

    static void checkTargetsExist(EObject element, Problems problems) {
        for (EReference reference : element.eClass().getEAllReferences()) {
            if (reference.isContainment() || reference.isContainer() || reference.isDerived()
                    || reference.isTransient() || !element.eIsSet(reference)) {
                continue;
            }
            for (EObject target : targets(element, reference)) {
                String problem = problemWith(target);
                if (problem != null) {
                    problems.report(ValidationRule.REFERENCE_DANGLING, element, reference,
                            CxmValidator.capitalized(ElementPath.describe(element))
                                    + " refers through '" + reference.getName() + "' to " + problem
                                    + "; remove the reference or restore that element.");
                }
            }
        }
    }

    private static List<EObject> targets(EObject element, EReference reference) {
        Object value = element.eGet(reference, true);
        if (reference.isMany()) {
            @SuppressWarnings("unchecked")
            List<EObject> values = (List<EObject>) value;
            return values;
        }
        return value == null ? List.of() : List.of((EObject) value);
    }

    private static String problemWith(EObject target) {
        if (target.eIsProxy()) {
            return "an element that cannot be found (" + ((InternalEObject) target).eProxyURI() + ")";
        }
        if (target.eResource() == null) {
            return ElementPath.describe(target) + ", which is no longer in the model";
        }
        return null;
    }
}
