package org.cxm.model.validation;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

import org.cxm.model.CxModel;
import org.cxm.model.CxmPackage;
import org.cxm.model.Identified;
import org.cxm.model.query.ElementPath;
import org.cxm.model.resource.ElementIds;
import org.eclipse.emf.ecore.EObject;

/** Rules over a whole model: unique ids and unique names of the shared elements. */
final class ModelConstraints {

    private ModelConstraints() {
    }

    static void check(CxModel model, Problems problems) {
        checkUniqueIds(model, problems);
        UniqueNames.check(model.getSegments(), "customer segments of the model", problems);
        UniqueNames.check(model.getPersonas(), "personas of the model", problems);
        UniqueNames.check(model.getOwners(), "owners of the model", problems);
        UniqueNames.check(model.getChannels(), "channels of the model", problems);
        UniqueNames.check(model.getJourneys(), "journeys of the model", problems);
        UniqueNames.check(model.getFeedbackMechanisms(), "feedback mechanisms of the model", problems);
        UniqueNames.check(model.getDataSources(), "data sources of the model", problems);
        model.getDataSources()
                .forEach(source -> UniqueNames.check(source.getRecordSources(), "record sources of "
                        + ElementPath.describe(source), problems));
    }

    private static void checkUniqueIds(CxModel model, Problems problems) {
        Map<String, Identified> byId = new HashMap<>();
        byId.put(model.getId(), model);
        for (Iterator<EObject> contents = model.eAllContents(); contents.hasNext();) {
            if (!(contents.next() instanceof Identified element) || ElementIds.isMissing(element.getId())) {
                continue;
            }
            Identified first = byId.putIfAbsent(element.getId(), element);
            if (first != null) {
                problems.report(ValidationRule.ID_DUPLICATE, element, CxmPackage.Literals.IDENTIFIED__ID,
                        CxmValidator.capitalized(ElementPath.of(element)) + " has the id \"" + element.getId()
                                + "\", which " + ElementPath.of(first)
                                + " already has; ids must be unique, give one of them a new id.");
            }
        }
    }
}
