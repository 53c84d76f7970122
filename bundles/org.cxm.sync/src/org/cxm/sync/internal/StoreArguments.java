package org.cxm.sync.internal;

import java.nio.file.Path;

import org.cxm.cli.UsageException;
import org.cxm.history.StoreLocation;

/**
 * The {@code --store} argument of the commands: a JDBC URL (user and password from CXM_STORE_USER and
 * CXM_STORE_PASSWORD), a directory for an embedded store, or nothing for the default embedded store in
 * {@code $CXM_HOME/store} ({@code ~/.cxm/store} when CXM_HOME is not set).
 */
final class StoreArguments {

    private StoreArguments() {
    }

    static StoreLocation location(String argument) throws UsageException {
        if (argument == null) {
            return StoreLocation.embedded(StoreLocation.defaultDirectory());
        }
        if (argument.startsWith("jdbc:")) {
            if (!argument.startsWith("jdbc:h2:") && !argument.startsWith("jdbc:postgresql:")) {
                throw new UsageException("--store must be a jdbc:postgresql:// or jdbc:h2: URL or a directory, not '"
                        + argument + "'.");
            }
            return new StoreLocation(argument, System.getenv("CXM_STORE_USER"), System.getenv("CXM_STORE_PASSWORD"));
        }
        return StoreLocation.embedded(Path.of(argument));
    }
}
