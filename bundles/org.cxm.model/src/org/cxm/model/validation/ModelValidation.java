package org.cxm.model.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.cxm.model.CxmPackage;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.Diagnostician;

/**
 * Validates a model, or any part of it, with the CXM rules, whether or not the validator is registered
 * globally (it is while the model bundle is active; plain Java callers need not care).
 */
public final class ModelValidation {

    private ModelValidation() {
    }

    /** Validates {@code element} and everything it contains. */
    public static Diagnostic validate(EObject element) {
        EValidator.Registry registry = new EValidatorRegistryImpl(EValidator.Registry.INSTANCE);
        registry.put(CxmPackage.eINSTANCE, new CxmValidator());
        Diagnostician diagnostician = new Diagnostician(registry);
        Map<Object, Object> context = diagnostician.createDefaultContext();
        return diagnostician.validate(element, context);
    }

    /** The individual problems in {@code result}, depth first, without the summary diagnostics around them. */
    public static List<Diagnostic> problems(Diagnostic result) {
        List<Diagnostic> problems = new ArrayList<>();
        collect(result, problems);
        return problems;
    }

    private static void collect(Diagnostic diagnostic, List<Diagnostic> problems) {
        if (diagnostic.getChildren().isEmpty()) {
            if (diagnostic.getSeverity() != Diagnostic.OK) {
                problems.add(diagnostic);
            }
            return;
        }
        for (Diagnostic child : diagnostic.getChildren()) {
            collect(child, problems);
        }
    }
}
