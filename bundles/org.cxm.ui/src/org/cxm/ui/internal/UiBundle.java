package org.cxm.ui.internal;

import java.util.List;

import org.cxm.sync.spi.Connector;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Holds what the workbench keeps open while its bundle is active: a tracker of the connector services (the
 * JDBC and API connectors, and any a third party adds) that the Integration views sync and test with, and
 * the customer-history store of {@link StoreSession}, which is closed when the bundle stops.
 */
public final class UiBundle implements BundleActivator {

    private static volatile ServiceTracker<Connector, Connector> connectors;

    @Override
    public void start(BundleContext context) {
        ServiceTracker<Connector, Connector> tracker = new ServiceTracker<>(context, Connector.class, null);
        tracker.open();
        connectors = tracker;
    }

    @Override
    public void stop(BundleContext context) {
        ServiceTracker<Connector, Connector> tracker = connectors;
        connectors = null;
        if (tracker != null) {
            tracker.close();
        }
        StoreSession.close();
    }

    /** The connectors registered now; empty when the bundle is not active. */
    public static List<Connector> connectors() {
        ServiceTracker<Connector, Connector> tracker = connectors;
        return tracker == null ? List.of() : List.of(tracker.getServices(new Connector[0]));
    }
}
