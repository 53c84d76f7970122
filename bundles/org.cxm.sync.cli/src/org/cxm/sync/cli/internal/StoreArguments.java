package org.cxm.sync.cli.internal;

import org.cxm.cli.UsageException;
import org.cxm.history.StoreLocation;

/**
 * The {@code --store} argument of the commands, read as the workbench reads {@code -store}
 * ({@link StoreLocation#of}), or nothing for the default embedded store in {@code $CXM_HOME/store}
 * ({@code ~/.cxm/store} when CXM_HOME is not set).
 */
final class StoreArguments {

    private StoreArguments() {
    }

    static StoreLocation location(String argument) throws UsageException {
        try {
            return StoreLocation.ofOrDefault(argument, System::getenv);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--store: " + e.getMessage());
        }
    }
}
