package org.cxm.demo;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.cxm.demo.internal.DemoBuilder;
import org.cxm.sync.SyncListener;
import org.cxm.sync.spi.Connector;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The demo on one call, for the command line and the UI: a SuiteCRM-shaped CRM and an Odoo-shaped ERP as
 * embedded H2 databases full of generated customers and interactions, the example model mapping both, and
 * the customer history synced from them, with one customer known to both systems to look at first.
 *
 * <p>Everything lives in one directory. Preparing a directory that already holds a complete demo of the same
 * size reuses it (an incremental sync that usually reads nothing); anything else there that belongs to a
 * demo, such as what an interrupted run left, is created anew. A directory holding other files is refused,
 * and so is a demo whose store another process has open. Within one process, close the {@code HistoryStore}
 * of a demo before preparing it again: a demo of another size replaces the store's files.
 */
public final class Demo {

    /** The number of generated people when none is given: large enough to look real, quick to create. */
    public static final int DEFAULT_CUSTOMERS = 3000;

    private Demo() {
    }

    /** {@code $CXM_HOME/demo}, or {@code ~/.cxm/demo} when CXM_HOME is not set. */
    public static Path defaultDirectory() {
        String home = System.getenv("CXM_HOME");
        return (home != null ? Path.of(home) : Path.of(System.getProperty("user.home"), ".cxm")).resolve("demo");
    }

    /**
     * Prepares the demo in {@code directory} with {@code customers} generated people (a tenth as many companies
     * and some dirty records come on top); {@code listener} hears the sync's progress.
     */
    public static DemoSetup prepare(Path directory, int customers, SyncListener listener) throws DemoException {
        return prepare(directory, customers, listener, step -> {
        });
    }

    /** As {@link #prepare(Path, int, SyncListener)}; {@code steps} hears what is done, one sentence a step. */
    public static DemoSetup prepare(Path directory, int customers, SyncListener listener, Consumer<String> steps)
            throws DemoException {
        Bundle bundle = FrameworkUtil.getBundle(Demo.class);
        BundleContext context = bundle == null ? null : bundle.getBundleContext();
        if (context == null) {
            throw new DemoException("The demo runs inside the CXM product: the org.cxm.demo bundle is not started");
        }
        // The connector services are held for the sync only, and released when it ends.
        ServiceTracker<Connector, Connector> connectors = new ServiceTracker<>(context, Connector.class, null);
        connectors.open();
        try {
            List<Connector> available = List.of(connectors.getServices(new Connector[0]));
            return new DemoBuilder(available, steps).prepare(directory, customers, listener);
        } finally {
            connectors.close();
        }
    }
}
