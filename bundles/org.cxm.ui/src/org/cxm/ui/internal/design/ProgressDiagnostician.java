package org.cxm.ui.internal.design;

import java.util.Map;

import org.cxm.model.CxmPackage;
import org.cxm.model.validation.CxmValidator;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.Diagnostician;

/**
 * Validates with the CXM rules, as {@link org.cxm.model.validation.ModelValidation} does, but reports one
 * unit of progress per element and stops when the user cancels, so a large model can be validated in a job.
 */
final class ProgressDiagnostician extends Diagnostician {

    private final IProgressMonitor monitor;

    ProgressDiagnostician(IProgressMonitor monitor) {
        super(registry());
        this.monitor = monitor;
    }

    private static EValidator.Registry registry() {
        EValidator.Registry registry = new EValidatorRegistryImpl(EValidator.Registry.INSTANCE);
        registry.put(CxmPackage.eINSTANCE, new CxmValidator());
        return registry;
    }

    @Override
    public boolean validate(EClass eClass, EObject element, DiagnosticChain diagnostics, Map<Object, Object> context) {
        if (monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
        monitor.worked(1);
        return super.validate(eClass, element, diagnostics, context);
    }
}
