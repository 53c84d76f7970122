package org.cxm.ui.internal.integration;

import java.util.List;

import org.cxm.history.IntegrationViews;
import org.cxm.history.MergeRecord;
import org.cxm.identity.IdentityResolver;
import org.cxm.identity.MatchRules;
import org.cxm.model.CxModel;
import org.cxm.ui.internal.ModelSession;
import org.cxm.ui.internal.StoreSession;
import org.cxm.ui.internal.UiJobs;
import org.cxm.ui.internal.integration.StoreTable.Column;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;

/**
 * The merges identity resolution made, newest first: which rule and which shared value made two customers
 * one. An integrator who finds a wrong merge undoes it here (Unmerge); the pair is never merged again.
 */
public final class MergeJournalView extends ViewPart implements Refreshable {

    public static final String ID = "org.cxm.ui.mergeJournal";

    private static final int LIMIT = 1000;

    private StoreTable<MergeRecord> table;
    private Action unmerge;

    @Override
    public void createPartControl(Composite parent) {
        table = new StoreTable<>(parent, "merges", List.of(
                new Column<MergeRecord>("When", 140, merge -> Formats.when(merge.mergedAt())),
                new Column<MergeRecord>("Rule", 110, MergeRecord::rule),
                new Column<MergeRecord>("Matched", 200, merge -> merge.identifierKind() + " "
                        + merge.identifierValue()),
                new Column<MergeRecord>("Customers", 140, merge -> "#" + merge.mergedId() + " into #"
                        + merge.survivorId()),
                new Column<MergeRecord>("Unmerged", 140, merge -> merge.undoneAt() == null ? ""
                        : Formats.when(merge.undoneAt()))),
                () -> new IntegrationViews(StoreSession.store()).merges(LIMIT));
        table.install(this);
        unmerge = new Action("Unmerge") {
            @Override
            public void run() {
                MergeRecord merge = table.selected();
                if (merge != null && MessageDialog.openConfirm(getSite().getShell(), "Unmerge",
                        "Split customer #" + merge.mergedId() + " from #" + merge.survivorId()
                                + " again? Identity resolution will not merge them again.")) {
                    unmerge(merge);
                }
            }
        };
        unmerge.setToolTipText("Undo the selected merge: both customers come back and stay apart");
        unmerge.setEnabled(false);
        getViewSite().getActionBars().getToolBarManager().add(unmerge);
        table.viewer().addSelectionChangedListener(event -> updateUnmerge());
        table.afterLoad(this::updateUnmerge);
        table.refresh();
    }

    private void updateUnmerge() {
        MergeRecord merge = table.selected();
        unmerge.setEnabled(merge != null && merge.undoneAt() == null);
    }

    /**
     * Undoes {@code merge} in a job, under the open model's identity rules (survivorship decides the golden
     * records of the two customers), then reads the journal again. Returns the job.
     */
    public Job unmerge(MergeRecord merge) {
        Job job = UiJobs.load("Unmerging customer #" + merge.mergedId() + " from #" + merge.survivorId(),
                table.viewer().getControl(), () -> {
                    CxModel model = ModelSession.model();
                    IdentityResolver resolver = new IdentityResolver(
                            MatchRules.of(model == null ? null : model.getIdentityResolution()));
                    StoreSession.store().jdbi().useTransaction(handle -> resolver.unmerge(handle, merge.id()));
                    return merge;
                }, done -> table.refresh(), failure -> table.showMessage("Unmerging customer #" + merge.mergedId()
                        + " from #" + merge.survivorId() + " failed: " + failure));
        job.schedule();
        return job;
    }

    /** Reads the journal again, as the Refresh button does. */
    @Override
    public void refresh() {
        table.refresh();
    }

    /** The merges shown, top (newest) first. */
    @SuppressWarnings("unchecked")
    public List<MergeRecord> merges() {
        Object input = table.viewer().getInput();
        return input == null ? List.of() : (List<MergeRecord>) input;
    }

    /** The rows shown, each as its column texts, newest first. */
    public List<List<String>> rows() {
        return table.rows();
    }

    /** Selects {@code merge}, as a click would. */
    public void select(MergeRecord merge) {
        table.viewer().setSelection(new StructuredSelection(merge), true);
    }

    /** Whether the Unmerge button can be pressed. */
    public boolean canUnmerge() {
        return unmerge.isEnabled();
    }

    @Override
    public void setFocus() {
        table.viewer().getControl().setFocus();
    }
}
