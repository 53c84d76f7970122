package org.cxm.design.services;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EStructuralFeature.Setting;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.EcoreUtil.UsageCrossReferencer;

/**
 * Deletes a model element the way a modeller expects: together with the references other elements of the same
 * model file hold to it or to its contents, so that no opportunity or feedback mechanism is left pointing at a
 * KPI that is gone. Only the element's own resource is searched; Sirius's representation files are not touched.
 */
final class ElementDeletion {

    private ElementDeletion() {
    }

    /** Removes {@code element} from its container and every reference to it; returns the former container. */
    static EObject deleteWithReferences(EObject element) {
        EObject container = element.eContainer();
        Resource resource = element.eResource();
        if (resource != null) {
            List<EObject> deleted = new ArrayList<>();
            deleted.add(element);
            element.eAllContents().forEachRemaining(deleted::add);
            for (Map.Entry<EObject, Collection<Setting>> usages : UsageCrossReferencer.findAll(deleted, resource)
                    .entrySet()) {
                usages.getValue().forEach(usage -> removeReference(usage, usages.getKey()));
            }
        }
        EcoreUtil.remove(element);
        return container;
    }

    private static void removeReference(Setting usage, EObject target) {
        EStructuralFeature feature = usage.getEStructuralFeature();
        if (!feature.isChangeable() || feature.isDerived()) {
            return;
        }
        if (feature.isMany()) {
            ((Collection<?>) usage.get(false)).remove(target);
        } else {
            usage.unset();
        }
    }
}
