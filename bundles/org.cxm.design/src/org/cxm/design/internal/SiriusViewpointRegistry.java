package org.cxm.design.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.core.runtime.ILog;

/**
 * Registers viewpoints with Sirius's {@code ViewpointRegistry} through reflection. Sirius cannot be on the
 * build's class path (it is published on p2 sites only), so the bundle requires it optionally and reaches
 * its API here; when Sirius is absent, registering does nothing but say so.
 */
final class SiriusViewpointRegistry {

    private static final String REGISTRY = "org.eclipse.sirius.business.api.componentization.ViewpointRegistry";

    private static final String VIEWPOINT = "org.eclipse.sirius.viewpoint.description.Viewpoint";

    private SiriusViewpointRegistry() {
    }

    /** Whether Sirius's registry can be reached from this bundle. */
    static boolean isSiriusAvailable() {
        return registryClass() != null;
    }

    /** Registers the viewpoints of {@code specification} ("bundle/path.odesign"); returns them. */
    static Set<Object> register(String specification, ILog log) {
        Class<?> registry = registryClass();
        if (registry == null) {
            log.info("Sirius is not installed: the CXM viewpoints (Journey Mapping, CX Performance) are not"
                    + " registered. Install Sirius 7.4 to edit journeys as diagrams and tables.");
            return Set.of();
        }
        try {
            Object instance = registry.getMethod("getInstance").invoke(null);
            Set<?> registered = (Set<?>) registry.getMethod("registerFromPlugin", String.class).invoke(instance,
                    specification);
            return new LinkedHashSet<>(registered);
        } catch (ReflectiveOperationException | RuntimeException e) {
            log.error("Cannot register the CXM viewpoints from " + specification + " with Sirius", cause(e));
            return Set.of();
        }
    }

    /** Removes {@code viewpoints} from Sirius's registry. */
    static void unregister(Set<Object> viewpoints, ILog log) {
        Class<?> registry = registryClass();
        if (registry == null || viewpoints.isEmpty()) {
            return;
        }
        try {
            Object instance = registry.getMethod("getInstance").invoke(null);
            Method dispose = registry.getMethod("disposeFromPlugin",
                    Class.forName(VIEWPOINT, true, registry.getClassLoader()));
            for (Object viewpoint : viewpoints) {
                dispose.invoke(instance, viewpoint);
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            log.warn("Cannot unregister the CXM viewpoints from Sirius: " + cause(e));
        }
    }

    private static Class<?> registryClass() {
        try {
            return Class.forName(REGISTRY, false, SiriusViewpointRegistry.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }

    private static Throwable cause(Exception e) {
        return e instanceof InvocationTargetException invocation && invocation.getCause() != null
                ? invocation.getCause()
                : e;
    }
}
