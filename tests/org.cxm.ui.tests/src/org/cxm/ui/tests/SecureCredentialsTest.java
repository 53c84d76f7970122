package org.cxm.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import javax.crypto.spec.PBEKeySpec;

import org.cxm.model.CxModel;
import org.cxm.model.CxmFactory;
import org.cxm.model.DataSource;
import org.cxm.model.resource.CxmFiles;
import org.cxm.sync.CredentialResolver;
import org.cxm.sync.spi.SourceException;
import org.cxm.tests.support.ModelFixture;
import org.cxm.ui.internal.integration.DataSourcePasswords;
import org.cxm.ui.internal.integration.SecureCredentials;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.provider.IProviderHints;
import org.junit.jupiter.api.Test;

/**
 * "Set password…" on a data source: the password goes to Eclipse secure storage, encrypted, the model file
 * keeps only a {@code secure:} reference, and the workbench's sync resolves the reference back.
 */
class SecureCredentialsTest {

    private static final String PASSWORD = "Crm-s3cret!";

    @Test
    void aPasswordIsKeptInSecureStorageAndTheModelOnlyRefersToIt() throws Exception {
        Path dir = Files.createTempDirectory("cxm-secure");
        Path storageFile = dir.resolve("secure_storage");
        Map<Object, Object> options = new HashMap<>();
        options.put(IProviderHints.DEFAULT_PASSWORD, new PBEKeySpec("master".toCharArray()));
        options.put(IProviderHints.PROMPT_USER, Boolean.FALSE);
        ISecurePreferences storage = SecurePreferencesFactory.open(storageFile.toUri().toURL(), options);
        SecureCredentials credentials = new SecureCredentials(storage,
                CredentialResolver.environment(Map.of("ERP_PASSWORD", "from-env")::get));
        Path modelFile = dir.resolve("crm.cxm");
        CxmFiles.save(modelWithDataSources(), modelFile);
        CxModel model = CxmFiles.load(modelFile);

        new DataSourcePasswords(credentials).set(model.getDataSources().get(0), PASSWORD);

        String saved = Files.readString(modelFile);
        assertFalse(saved.contains(PASSWORD), "the password is not in the model file");
        DataSource crm = CxmFiles.load(modelFile).getDataSources().get(0);
        assertTrue(crm.getCredential().startsWith("secure:"), "the model refers to it: " + crm.getCredential());
        assertEquals(PASSWORD, credentials.passwordFor(crm), "the sync reads it back");
        assertFalse(Files.readString(storageFile).contains(PASSWORD), "secure storage keeps it encrypted");
        assertEquals("from-env", credentials.passwordFor(CxmFiles.load(modelFile).getDataSources().get(1)),
                "env: references still come from the environment");
        crm.setCredential("secure:unknown");
        assertEquals("CRM: no password for secure:unknown in Eclipse secure storage; set it with Set password… on"
                + " the data source", assertThrows(SourceException.class, () -> credentials.passwordFor(crm))
                        .getMessage());
    }

    private static CxModel modelWithDataSources() {
        ModelFixture fixture = new ModelFixture();
        fixture.model.getDataSources().add(dataSource("CRM", null));
        fixture.model.getDataSources().add(dataSource("ERP", "env:ERP_PASSWORD"));
        return fixture.model;
    }

    private static DataSource dataSource(String name, String credential) {
        DataSource source = CxmFactory.eINSTANCE.createDataSource();
        source.setName(name);
        source.setJdbcUrl("jdbc:h2:mem:" + name.toLowerCase());
        source.setUser("sa");
        source.setCredential(credential);
        return source;
    }
}
