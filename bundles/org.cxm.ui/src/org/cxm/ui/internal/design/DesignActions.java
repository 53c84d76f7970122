package org.cxm.ui.internal.design;

import java.nio.file.Path;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.actions.ActionFactory;

/** The actions of the CX model view: open another model, save, undo and redo edits, validate. */
final class DesignActions {

    private final ModelView view;
    private final Action open = new Action("Open model...") {
        @Override
        public void run() {
            openModel();
        }
    };
    private final Action save = new Action("Save") {
        @Override
        public void run() {
            saveModel();
        }
    };
    private final Action undo = new Action("Undo") {
        @Override
        public void run() {
            stack().undo();
        }
    };
    private final Action redo = new Action("Redo") {
        @Override
        public void run() {
            stack().redo();
        }
    };

    private final Action validate = new Action("Validate") {
        @Override
        public void run() {
            ValidationJob.start(view.model());
        }
    };

    DesignActions(ModelView view) {
        this.view = view;
    }

    void contributeTo(IActionBars bars) {
        IToolBarManager toolBar = bars.getToolBarManager();
        toolBar.add(open);
        toolBar.add(save);
        toolBar.add(undo);
        toolBar.add(redo);
        toolBar.add(validate);
        bars.setGlobalActionHandler(ActionFactory.SAVE.getId(), save);
        bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
        bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
        bars.updateActionBars();
    }

    /** Enables what applies to the model shown and names the edit that Undo and Redo would take back. */
    void update() {
        EditedModel model = view.model();
        CommandStack stack = model == null ? null : model.domain().getCommandStack();
        save.setEnabled(model != null && model.isDirty());
        validate.setEnabled(model != null);
        undo.setEnabled(stack != null && stack.canUndo());
        redo.setEnabled(stack != null && stack.canRedo());
        undo.setText("Undo" + labelOf(stack == null ? null : stack.getUndoCommand()));
        redo.setText("Redo" + labelOf(stack == null ? null : stack.getRedoCommand()));
    }

    private static String labelOf(Command command) {
        return command == null || command.getLabel() == null ? "" : " " + command.getLabel();
    }

    private CommandStack stack() {
        return view.model().domain().getCommandStack();
    }

    private void openModel() {
        Shell shell = view.getSite().getShell();
        EditedModel current = view.model();
        if (current != null && current.isDirty() && !MessageDialog.openQuestion(shell, "Open model",
                current.file().getFileName() + " has unsaved changes. Discard them and open another model?")) {
            return;
        }
        FileDialog dialog = new FileDialog(shell, SWT.OPEN);
        dialog.setText("Open CX model");
        dialog.setFilterExtensions(new String[] { "*.cxm", "*" });
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        try {
            DesignSession.open(Path.of(chosen));
        } catch (Exception e) {
            MessageDialog.openError(shell, "Open model", "Cannot open " + chosen + ":\n" + e.getMessage());
        }
    }

    private void saveModel() {
        try {
            view.model().save();
            view.refreshState();
        } catch (Exception e) {
            MessageDialog.openError(view.getSite().getShell(), "Save model",
                    "Cannot save " + view.model().file() + ":\n" + e.getMessage());
        }
    }
}
