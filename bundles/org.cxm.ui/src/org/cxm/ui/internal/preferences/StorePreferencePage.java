package org.cxm.ui.internal.preferences;

import java.io.IOException;
import java.nio.file.Path;

import org.cxm.history.HistoryStore;
import org.cxm.history.StoreLocation;
import org.cxm.ui.internal.LaunchArguments;
import org.cxm.ui.internal.StoreSession;
import org.cxm.ui.internal.UiJobs;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.osgi.service.prefs.BackingStoreException;

/**
 * Preferences > Customer History Store: the embedded H2 store in a directory, or a PostgreSQL database.
 * Applying switches the open views to the chosen store at once.
 */
public final class StorePreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

    public static final String ID = "org.cxm.ui.preferences.store";

    private Button embedded;
    private Button postgresql;
    private Text directory;
    private Button browse;
    private Text url;
    private Text user;
    private Text password;
    private Label testResult;
    private StoreSecrets secrets = StoreSecrets.ofWorkbench();

    /** Keeps the PostgreSQL password in {@code other} instead of the user's secure storage (for tests). */
    public void useSecrets(StoreSecrets other) {
        this.secrets = other;
    }

    @Override
    public void init(IWorkbench workbench) {
        setDescription("Where the workbench keeps and reads the unified customer history.");
        noDefaultAndApplyButton();
    }

    @Override
    protected Control createContents(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).applyTo(page);
        embedded = radio(page, "&Embedded store (H2) in a directory, no server needed");
        directory = field(page, "&Directory:", SWT.BORDER, 1);
        browse = new Button(page, SWT.PUSH);
        browse.setText("B&rowse...");
        browse.addListener(SWT.Selection, event -> chooseDirectory());
        postgresql = radio(page, "&PostgreSQL database");
        url = field(page, "&URL:", SWT.BORDER, 2);
        user = field(page, "U&ser:", SWT.BORDER, 2);
        password = field(page, "Pass&word:", SWT.BORDER | SWT.PASSWORD, 2);
        password.setMessage("kept in Eclipse secure storage; empty keeps the saved one");
        Button test = new Button(page, SWT.PUSH);
        test.setText("&Test Connection");
        test.addListener(SWT.Selection, event -> testConnection());
        testResult = new Label(page, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(testResult);
        if (LaunchArguments.current().store() != null) {
            Label note = new Label(page, SWT.WRAP);
            note.setText("This workbench was started with -store " + LaunchArguments.current().store()
                    + ", which wins over these preferences at every start.");
            GridDataFactory.fillDefaults().grab(true, false).span(3, 1).applyTo(note);
        }
        enter(StorePreferences.load());
        for (Control control : new Control[] { embedded, postgresql, directory, url, user }) {
            control.addListener(control instanceof Button ? SWT.Selection : SWT.Modify, event -> update());
        }
        return page;
    }

    private static Button radio(Composite page, String text) {
        Button radio = new Button(page, SWT.RADIO);
        radio.setText(text);
        GridDataFactory.fillDefaults().span(3, 1).indent(0, 6).applyTo(radio);
        return radio;
    }

    private static Text field(Composite page, String label, int style, int span) {
        Label name = new Label(page, SWT.NONE);
        name.setText(label);
        GridDataFactory.fillDefaults().indent(16, 0).align(SWT.BEGINNING, SWT.CENTER).applyTo(name);
        Text text = new Text(page, style);
        GridDataFactory.fillDefaults().grab(true, false).span(span, 1).hint(320, SWT.DEFAULT).applyTo(text);
        return text;
    }

    /** Fills the page with {@code preferences}, as if the user had typed them. */
    public void enter(StorePreferences preferences) {
        embedded.setSelection(preferences.embedded());
        postgresql.setSelection(!preferences.embedded());
        directory.setText(preferences.directory().toString());
        url.setText(preferences.url());
        user.setText(preferences.user());
        update();
    }

    /** The preferences as the page shows them now. */
    public StorePreferences entered() {
        return new StorePreferences(embedded.getSelection(), Path.of(directory.getText().strip()),
                url.getText().strip(), user.getText().strip());
    }

    private void update() {
        boolean local = embedded.getSelection();
        directory.setEnabled(local);
        browse.setEnabled(local);
        url.setEnabled(!local);
        user.setEnabled(!local);
        password.setEnabled(!local);
        String problem = entered().problem();
        setErrorMessage(problem);
        setValid(problem == null);
    }

    private void chooseDirectory() {
        DirectoryDialog dialog = new DirectoryDialog(getShell());
        dialog.setMessage("The directory of the embedded customer-history store");
        dialog.setFilterPath(directory.getText());
        String chosen = dialog.open();
        if (chosen != null) {
            directory.setText(chosen);
        }
    }

    private StoreLocation enteredLocation() {
        String typed = password.getText();
        StorePreferences preferences = entered();
        return preferences.location(typed.isEmpty() && !preferences.embedded() ? secrets.password(preferences)
                : typed);
    }

    /** Opens the entered store once in a job (creating or updating its schema) and says how it went. */
    private void testConnection() {
        if (!isValid()) {
            return;
        }
        StoreLocation location = enteredLocation();
        testResult.setText("Connecting to " + location + "...");
        UiJobs.load("Testing the store " + location, testResult, () -> {
            try (HistoryStore store = HistoryStore.open(location)) {
                return "Connected to " + location + "; its schema is up to date.";
            }
        }, this::showTestResult, failure -> showTestResult("Cannot use " + location + ": " + failure)).schedule();
    }

    private void showTestResult(String text) {
        testResult.setText(text);
        testResult.getParent().layout(true, true);
    }

    @Override
    public boolean performOk() {
        StorePreferences preferences = entered();
        try {
            preferences.save();
            if (!preferences.embedded() && !password.getText().isEmpty()) {
                secrets.save(preferences, password.getText());
            }
        } catch (BackingStoreException | StorageException | IOException e) {
            setErrorMessage("The preferences could not be saved: " + e.getMessage());
            return false;
        }
        StoreLocation location = enteredLocation();
        if (!location.equals(StoreSession.location())) {
            StoreSession.use(location);
        }
        return true;
    }
}
