package org.cxm.ui.internal;

import org.cxm.history.StoreException;
import org.cxm.history.StoreLocation;
import org.eclipse.core.runtime.Platform;

/**
 * The program arguments of the workbench: {@code -store <directory | jdbc url>} picks the customer-history
 * store, read as {@code cxm --store} reads it ({@link StoreLocation#of}), {@code -customer <text>} searches
 * for a customer at start, {@code -model <file>} opens a CX model.
 */
public record LaunchArguments(String store, String customer, String model) {

    /** Set by {@link #startWith}: arguments that replace the command line's. */
    private static volatile LaunchArguments replaced;

    /** The arguments the workbench was started with. */
    public static LaunchArguments current() {
        LaunchArguments arguments = replaced;
        return arguments != null ? arguments : parse(Platform.getApplicationArgs());
    }

    /**
     * Makes {@code args} the launch arguments from now on, as if the workbench had been started with them:
     * lets a test in a running workbench take the path a user's start takes. The store and the model are
     * opened anew from them on next use; views read them when they open.
     */
    public static void startWith(String... args) {
        replaced = parse(args);
        ModelSession.forget();
        StoreSession.use(null);
    }

    public static LaunchArguments parse(String[] args) {
        return new LaunchArguments(value(args, "-store"), value(args, "-customer"), value(args, "-model"));
    }

    /**
     * The store the {@code -store} argument names, a PostgreSQL one without a password in the environment
     * with none; {@code null} without it (the preferences decide).
     *
     * @throws StoreException when the argument names no store CXM can open
     */
    public StoreLocation storeLocation() throws StoreException {
        if (store == null) {
            return null;
        }
        try {
            return StoreLocation.of(store, System::getenv);
        } catch (IllegalArgumentException e) {
            throw new StoreException(e.getMessage(), null);
        }
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
