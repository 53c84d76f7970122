package org.cxm.model.validation;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Collects the problems one validation pass finds into EMF's diagnostic chain. Each diagnostic carries
 * the offending element and feature as data, so editors can select and mark them.
 */
final class Problems {

    private final DiagnosticChain chain;

    private boolean hasErrors;

    Problems(DiagnosticChain chain) {
        this.chain = chain;
    }

    /** Reports that {@code element} breaks {@code rule}; {@code feature} may be {@code null}. */
    void report(ValidationRule rule, EObject element, EStructuralFeature feature, String message) {
        if (rule.severity() >= Diagnostic.ERROR) {
            hasErrors = true;
        }
        if (chain != null) {
            Object[] data = feature == null ? new Object[] { element } : new Object[] { element, feature };
            chain.add(new BasicDiagnostic(rule.severity(), CxmValidator.DIAGNOSTIC_SOURCE, rule.code(), message, data));
        }
    }

    /** Whether nothing reported so far is an error. */
    boolean isValid() {
        return !hasErrors;
    }
}
