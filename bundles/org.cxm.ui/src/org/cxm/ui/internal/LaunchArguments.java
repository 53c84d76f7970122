package org.cxm.ui.internal;

import java.nio.file.Path;

import org.cxm.history.StoreLocation;
import org.eclipse.core.runtime.Platform;

/**
 * The program arguments of the workbench: {@code -store <jdbc url | directory>} picks the customer-history
 * store (user and password of a JDBC store from CXM_STORE_USER and CXM_STORE_PASSWORD), {@code -customer
 * <text>} searches for a customer at start, {@code -model <file>} opens a CX model.
 */
public record LaunchArguments(String store, String customer, String model) {

    /** The arguments the workbench was started with. */
    public static LaunchArguments current() {
        return parse(Platform.getApplicationArgs());
    }

    static LaunchArguments parse(String[] args) {
        return new LaunchArguments(value(args, "-store"), value(args, "-customer"), value(args, "-model"));
    }

    /** The store the {@code -store} argument names; {@code null} without it (the preferences decide). */
    public StoreLocation storeLocation() {
        if (store == null) {
            return null;
        }
        if (store.startsWith("jdbc:")) {
            return new StoreLocation(store, System.getenv("CXM_STORE_USER"), System.getenv("CXM_STORE_PASSWORD"));
        }
        return StoreLocation.embedded(Path.of(store));
    }

    private static String value(String[] args, String name) {
        for (int i = 0; i < args.length - 1; i++) {
            if (name.equals(args[i])) {
                return args[i + 1];
            }
        }
        return null;
    }
}
