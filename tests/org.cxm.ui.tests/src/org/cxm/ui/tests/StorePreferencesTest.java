package org.cxm.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

import javax.crypto.spec.PBEKeySpec;

import org.cxm.history.HistoryStore;
import org.cxm.history.StoreLocation;
import org.cxm.tests.support.HistoryFixture;
import org.cxm.tests.support.TestStores;
import org.cxm.ui.internal.StoreSession;
import org.cxm.ui.internal.customer.CustomerSearchView;
import org.cxm.ui.internal.preferences.StorePreferencePage;
import org.cxm.ui.internal.preferences.StorePreferences;
import org.cxm.ui.internal.preferences.StoreSecrets;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.provider.IProviderHints;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An administrator points the workbench at another store in Preferences, and the views follow. */
class StorePreferencesTest {

    private PreferenceDialog dialog;

    @AfterEach
    void closeDialog() throws Exception {
        if (dialog != null) {
            dialog.close();
        }
        StorePreferences.defaults().save();
    }

    @Test
    void choosingAnotherEmbeddedStoreSwitchesTheOpenViewsAndIsRemembered() throws Exception {
        Path directory = Files.createTempDirectory("cxm-preferred-store");
        try (HistoryStore store = HistoryStore.open(StoreLocation.embedded(directory))) {
            new HistoryFixture(store).customer("Greta Preferred", "greta@example.com", null);
        }
        StoreSession.use(TestStores.h2());
        IWorkbenchPage page = UiTestSupport.window().getActivePage();
        CustomerSearchView search = (CustomerSearchView) page.showView(CustomerSearchView.ID);
        search.setQuery("greta");
        assertTrue(UiTestSupport.waitUntil(() -> "0 customers".equals(search.resultMessage()), Duration.ofSeconds(20)),
                "Greta is not in the store the workbench used before: " + search.resultMessage());

        StorePreferencePage preferences = open();
        preferences.enter(new StorePreferences(true, directory, "jdbc:postgresql://localhost/cxm", "cxm"));
        assertTrue(preferences.isValid(), preferences.getErrorMessage());
        UiTestSupport.processEvents();
        Screenshots.save(dialog.getShell(), "store-preferences");
        assertTrue(preferences.performOk());
        dialog.close();

        assertEquals(StoreLocation.embedded(directory), StoreSession.location());
        search.setQuery("gret");
        assertTrue(UiTestSupport.waitUntil(() -> "1 customer".equals(search.resultMessage()), Duration.ofSeconds(20)),
                "the search reads the chosen store: " + search.resultMessage());
        StorePreferences saved = StorePreferences.load();
        assertTrue(saved.embedded());
        assertEquals(directory, saved.directory());
    }

    @Test
    void aPostgresqlStoreNeedsAUrlTheDriverUnderstands() throws Exception {
        StorePreferencePage preferences = open();
        preferences.enter(new StorePreferences(false, Path.of("unused"), "postgres://db.example.com/cxm", "cxm"));

        assertFalse(preferences.isValid());
        assertEquals("The PostgreSQL URL must look like jdbc:postgresql://host:5432/database.",
                preferences.getErrorMessage());
        preferences.enter(new StorePreferences(false, Path.of("unused"), "jdbc:postgresql://db.example.com/cxm", " "));
        assertEquals("Enter the PostgreSQL user.", preferences.getErrorMessage());
    }

    @Test
    void aPostgresqlPasswordGoesToSecureStorageNotToThePreferences(@TempDir Path folder) throws Exception {
        Map<Object, Object> options = new HashMap<>();
        options.put(IProviderHints.DEFAULT_PASSWORD, new PBEKeySpec("master".toCharArray()));
        options.put(IProviderHints.PROMPT_USER, Boolean.FALSE);
        Path storageFile = folder.resolve("secure_storage");
        StoreSecrets secrets = new StoreSecrets(SecurePreferencesFactory.open(storageFile.toUri().toURL(), options));
        StorePreferencePage preferences = open();
        preferences.useSecrets(secrets);
        StorePreferences production = new StorePreferences(false, Path.of("unused"),
                "jdbc:postgresql://127.0.0.1:1/cxm", "rep");
        preferences.enter(production);
        typePassword(preferences, "s3cret-Pa55");

        assertTrue(preferences.performOk());
        dialog.close();

        assertEquals("s3cret-Pa55", secrets.password(production));
        assertEquals(new StoreLocation("jdbc:postgresql://127.0.0.1:1/cxm", "rep", "s3cret-Pa55"),
                StoreSession.location());
        String saved = String.join(" ", InstanceScope.INSTANCE.getNode("org.cxm.ui").keys()) + " "
                + Files.readString(storageFile);
        assertFalse(saved.contains("s3cret-Pa55"), "the password is stored encrypted only");
        StoreSession.use(TestStores.h2());
    }

    /** Types into the page's password field, found as the one text field that hides what is typed. */
    private static void typePassword(StorePreferencePage page, String password) {
        Text field = find(page.getControl(), Text.class, text -> (text.getStyle() & SWT.PASSWORD) != 0);
        field.setText(password);
    }

    private static <T extends Control> T find(Control control, Class<T> type, Predicate<T> test) {
        if (type.isInstance(control) && test.test(type.cast(control))) {
            return type.cast(control);
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                T found = find(child, type, test);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private StorePreferencePage open() {
        dialog = PreferencesUtil.createPreferenceDialogOn(UiTestSupport.window().getShell(), StorePreferencePage.ID,
                new String[] { StorePreferencePage.ID }, null);
        dialog.setBlockOnOpen(false);
        dialog.open();
        return (StorePreferencePage) dialog.getSelectedPage();
    }
}
