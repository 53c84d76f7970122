package org.cxm.ui.internal.integration;

import java.util.concurrent.atomic.AtomicReference;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.equinox.security.storage.provider.IPreferencesContainer;
import org.eclipse.equinox.security.storage.provider.PasswordProvider;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;

/**
 * The master password of secure storage, asked from the user once a session. The product ships no
 * operating-system keyring module for Linux, and without a provider secure storage cannot encrypt.
 */
public final class MasterPasswordProvider extends PasswordProvider {

    @Override
    public PBEKeySpec getPassword(IPreferencesContainer container, int passwordType) {
        Display display = Display.getDefault();
        AtomicReference<String> entered = new AtomicReference<>();
        boolean isNew = (passwordType & CREATE_NEW_PASSWORD) != 0;
        display.syncExec(() -> {
            InputDialog dialog = new InputDialog(display.getActiveShell(), "Secure storage",
                    isNew ? "Choose a master password for the passwords CXM keeps in secure storage:"
                            : "Master password of secure storage, to read the passwords CXM keeps there:",
                    "", text -> text.isEmpty() ? "The master password cannot be empty." : null) {
                @Override
                protected int getInputTextStyle() {
                    return SWT.SINGLE | SWT.BORDER | SWT.PASSWORD;
                }
            };
            if (dialog.open() == Window.OK) {
                entered.set(dialog.getValue());
            }
        });
        return entered.get() == null ? null : new PBEKeySpec(entered.get().toCharArray());
    }
}
