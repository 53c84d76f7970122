package org.cxm.ui.internal.integration;

import java.nio.file.Path;

import org.cxm.model.CxModel;
import org.cxm.model.DataSource;
import org.cxm.model.resource.CxmFiles;

/**
 * "Set password…" on a data source: the password goes to secure storage, the model file gets only the
 * {@code secure:} reference to it, and is saved so the next start finds the reference.
 */
public final class DataSourcePasswords {

    private final SecureCredentials credentials;

    public DataSourcePasswords(SecureCredentials credentials) {
        this.credentials = credentials;
    }

    /** Stores {@code password} for {@code source} and saves its model with the reference; returns the file. */
    public Path set(DataSource source, String password) throws Exception {
        CxModel model = (CxModel) source.eContainer();
        if (model == null || model.eResource() == null || !model.eResource().getURI().isFile()) {
            throw new IllegalStateException(source.getName() + ": its model was not opened from a file");
        }
        Path file = Path.of(model.eResource().getURI().toFileString());
        source.setCredential(credentials.store(source, password));
        CxmFiles.save(model, file);
        return file;
    }
}
