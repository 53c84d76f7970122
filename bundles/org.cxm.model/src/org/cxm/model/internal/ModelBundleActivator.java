package org.cxm.model.internal;

import org.cxm.model.CxmPackage;
import org.cxm.model.validation.CxmValidator;
import org.eclipse.emf.ecore.EValidator;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/**
 * Registers the CXM validator for the CXM package while the bundle is active, so that every
 * {@link org.eclipse.emf.ecore.util.Diagnostician} (Sirius, the CLI, the UI) applies the same rules.
 * The bundle activates lazily, that is as soon as anyone loads a model class.
 */
public final class ModelBundleActivator implements BundleActivator {

    @Override
    public void start(BundleContext context) {
        EValidator.Registry.INSTANCE.put(CxmPackage.eINSTANCE, new CxmValidator());
    }

    @Override
    public void stop(BundleContext context) {
        EValidator.Registry.INSTANCE.remove(CxmPackage.eINSTANCE);
    }
}
