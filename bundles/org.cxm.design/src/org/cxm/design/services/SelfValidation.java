package org.cxm.design.services;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cxm.model.validation.CxmValidator;
import org.cxm.model.validation.ModelValidation;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;

/**
 * Runs the model's own validator for one element, the way a Sirius validation rule sees the model: element by
 * element. The rules stay in {@link CxmValidator}; this class only selects the problems that concern the element,
 * so that each marker lands on the element to fix and a journey is not marked for its touchpoints' problems.
 */
final class SelfValidation {

    private SelfValidation() {
    }

    /** The messages of the problems of {@code severity} ({@link Diagnostic#ERROR}...) that concern {@code element}. */
    static List<String> messages(EObject element, int severity) {
        return problemsAbout(element).stream()
                .filter(problem -> problem.getSeverity() == severity)
                .map(Diagnostic::getMessage)
                .toList();
    }

    /**
     * The problems the validator reports about {@code element}. Duplicate names and ids are found while checking
     * the element's containers (a name is unique within its journey or model), so the containers are checked too,
     * each on its own and not with the rest of its contents.
     */
    static List<Diagnostic> problemsAbout(EObject element) {
        BasicDiagnostic found = new BasicDiagnostic();
        Map<Object, Object> context = new HashMap<>();
        CxmValidator validator = new CxmValidator();
        for (EObject current = element; current != null; current = current.eContainer()) {
            validator.validate(current, found, context);
        }
        return ModelValidation.problems(found).stream().filter(problem -> isAbout(problem, element)).toList();
    }

    private static boolean isAbout(Diagnostic problem, EObject element) {
        return !problem.getData().isEmpty() && problem.getData().get(0) == element;
    }
}
