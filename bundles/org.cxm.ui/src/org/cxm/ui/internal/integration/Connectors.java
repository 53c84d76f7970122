package org.cxm.ui.internal.integration;

import java.util.ArrayList;
import java.util.List;

import org.cxm.sync.spi.Connector;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * The connectors the running bundles offer as OSGi services (the JDBC connector, and any a third party
 * adds), which the command line receives through Declarative Services and the workbench looks up here.
 */
final class Connectors {

    private Connectors() {
    }

    /** The connectors available now; empty when none is started. */
    static List<Connector> available() {
        Bundle bundle = FrameworkUtil.getBundle(Connectors.class);
        BundleContext context = bundle == null ? null : bundle.getBundleContext();
        if (context == null) {
            return List.of();
        }
        try {
            List<Connector> connectors = new ArrayList<>();
            for (ServiceReference<Connector> reference : context.getServiceReferences(Connector.class, null)) {
                Connector connector = context.getService(reference);
                if (connector != null) {
                    connectors.add(connector);
                }
            }
            return connectors;
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException("no filter was given, so none can be invalid", e);
        }
    }
}
