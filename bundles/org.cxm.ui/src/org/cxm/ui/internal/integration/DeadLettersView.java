package org.cxm.ui.internal.integration;

import java.util.List;

import org.cxm.history.DeadLetter;
import org.cxm.history.IntegrationViews;
import org.cxm.ui.internal.StoreSession;
import org.cxm.ui.internal.UiJobs;
import org.cxm.ui.internal.integration.StoreTable.Column;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;

/**
 * The records syncs could not store, newest first, with the reason; selecting one shows the record as the
 * source had it, so an integrator can fix the source or the mapping.
 */
public final class DeadLettersView extends ViewPart implements Refreshable {

    public static final String ID = "org.cxm.ui.deadLetters";

    private static final int LIMIT = 1000;

    private StoreTable<DeadLetter> table;
    private Text raw;

    @Override
    public void createPartControl(Composite parent) {
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        table = new StoreTable<>(sash, "dead letters", List.of(
                new Column<DeadLetter>("System", 90, DeadLetter::sourceSystem),
                new Column<DeadLetter>("Record source", 110, DeadLetter::recordSource),
                new Column<DeadLetter>("Record", 130, DeadLetter::sourceRecordId),
                new Column<DeadLetter>("Reason", 320, DeadLetter::reason),
                new Column<DeadLetter>("When", 140, letter -> Formats.when(letter.createdAt()))),
                () -> new IntegrationViews(StoreSession.store()).deadLetters(LIMIT));
        raw = new Text(sash, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL);
        raw.setMessage("Select a dead letter to see the record as the source had it.");
        sash.setWeights(2, 1);
        table.install(this);
        table.viewer().addSelectionChangedListener(event -> showRaw(table.selected()));
        table.refresh();
    }

    private void showRaw(DeadLetter letter) {
        if (letter == null) {
            raw.setText("");
            return;
        }
        UiJobs.load("Reading dead letter " + letter.id(), raw,
                () -> new IntegrationViews(StoreSession.store()).rawRecord(letter.id()),
                record -> raw.setText(record == null ? "This dead letter is no longer in the store." : record),
                failure -> raw.setText("Cannot read dead letter " + letter.id() + " from the store: " + failure))
                .schedule();
    }

    /** Reads the dead letters again, as the Refresh button does. */
    @Override
    public void refresh() {
        table.refresh();
    }

    /** The rows shown, each as its column texts, newest first. */
    public List<List<String>> rows() {
        return table.rows();
    }

    /** Selects row {@code index}, as a click would; the raw record follows. */
    public void select(int index) {
        table.viewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(
                table.viewer().getElementAt(index)), true);
    }

    /** The raw record shown for the selected dead letter. */
    public String rawRecord() {
        return raw.getText();
    }

    @Override
    public void setFocus() {
        table.viewer().getControl().setFocus();
    }
}
