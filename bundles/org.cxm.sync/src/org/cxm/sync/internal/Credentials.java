package org.cxm.sync.internal;

import java.util.function.Function;

import org.cxm.model.DataSource;
import org.cxm.sync.CredentialResolver;
import org.cxm.sync.spi.SourceException;

/**
 * The headless {@link CredentialResolver}: environment variables ({@code env:NAME}). Secure storage
 * ({@code secure:key}) belongs to the workbench, which gives the engine a resolver that opens it.
 */
public final class Credentials implements CredentialResolver {

    private final Function<String, String> environment;

    public Credentials(Function<String, String> environment) {
        this.environment = environment;
    }

    @Override
    public String passwordFor(DataSource source) throws SourceException {
        String reference = source.getCredential();
        if (reference == null || reference.isBlank()) {
            return null;
        }
        if (reference.startsWith("env:")) {
            String variable = reference.substring("env:".length());
            String password = environment.apply(variable);
            if (password == null) {
                throw new SourceException(source.getName() + ": the environment variable " + variable
                        + " (its credential) is not set", false, null);
            }
            return password;
        }
        throw new SourceException(source.getName() + ": the credential " + reference + " is in Eclipse secure"
                + " storage, which only the workbench can read; use env:VARIABLE for command-line runs", false, null);
    }
}
