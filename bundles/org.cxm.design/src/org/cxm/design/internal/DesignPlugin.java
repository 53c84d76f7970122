package org.cxm.design.internal;

import java.util.Set;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Plugin;
import org.osgi.framework.BundleContext;

/**
 * The design bundle's activator: registers the CXM viewpoints with Sirius when Sirius is installed, and
 * logs one line and does nothing otherwise, so the bundle also runs where Sirius is absent.
 */
public class DesignPlugin extends Plugin {

    /** The bundle's symbolic name. */
    public static final String PLUGIN_ID = "org.cxm.design";

    /** The Viewpoint Specification Model, as Sirius locates it: bundle id and path. */
    public static final String VIEWPOINT_SPECIFICATION = PLUGIN_ID + "/description/cxm.odesign";

    private Set<Object> viewpoints = Set.of();

    @Override
    public void start(BundleContext context) throws Exception {
        super.start(context);
        ILog log = ILog.of(getClass());
        viewpoints = SiriusViewpointRegistry.register(VIEWPOINT_SPECIFICATION, log);
    }

    @Override
    public void stop(BundleContext context) throws Exception {
        SiriusViewpointRegistry.unregister(viewpoints, ILog.of(getClass()));
        viewpoints = Set.of();
        super.stop(context);
    }
}
