package org.cxm.sync;

import java.util.function.Function;

import org.cxm.model.DataSource;
import org.cxm.sync.internal.Credentials;
import org.cxm.sync.spi.SourceException;

/**
 * Turns a data source's credential reference into its password. A model never holds a password, only a
 * reference: {@code env:NAME} for headless runs, {@code secure:key} for Eclipse secure storage, which only
 * the workbench can open and so resolves with a resolver of its own.
 */
@FunctionalInterface
public interface CredentialResolver {

    /**
     * The password of {@code source}, or {@code null} when it has no credential reference.
     *
     * @throws SourceException naming the data source, when its reference cannot be resolved here
     */
    String passwordFor(DataSource source) throws SourceException;

    /** The headless default: {@code env:NAME} from {@code environment}; {@code secure:} references refused. */
    static CredentialResolver environment(Function<String, String> environment) {
        return new Credentials(environment);
    }
}
