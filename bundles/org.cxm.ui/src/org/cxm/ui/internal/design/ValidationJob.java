package org.cxm.ui.internal.design;

import java.util.List;

import org.cxm.model.validation.ModelValidation;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Validates a model in the background, with progress and cancel, and replaces the problem markers of its
 * file with what it found. A new validation of the same model cancels the one still running.
 */
public final class ValidationJob extends Job {

    private final EditedModel model;

    private ValidationJob(EditedModel model) {
        super("Validating " + model.file().getFileName());
        this.model = model;
        setUser(true);
    }

    /** Starts validating {@code model}, cancelling an earlier validation of it; returns the job. */
    public static ValidationJob start(EditedModel model) {
        Job.getJobManager().cancel(model);
        ValidationJob job = new ValidationJob(model);
        job.schedule();
        return job;
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == model;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        int elements = count();
        SubMonitor progress = SubMonitor.convert(monitor, getName(), elements + 10);
        try {
            Diagnostic result = new ProgressDiagnostician(progress.split(elements).setWorkRemaining(elements)).validate(model.model());
            List<Diagnostic> problems = ModelValidation.problems(result);
            IFile file = ProblemMarkers.linkedFile(model.file(), progress.split(5));
            ResourcesPlugin.getWorkspace().run(ignored -> ProblemMarkers.replace(file, problems), file, 0,
                    progress.split(5));
            return Status.OK_STATUS;
        } catch (OperationCanceledException e) {
            return Status.CANCEL_STATUS;
        } catch (CoreException e) {
            return Status.error("Cannot record the problems of " + model.file() + ": " + e.getMessage(), e);
        }
    }

    private int count() {
        int count = 1;
        for (var all = EcoreUtil.getAllContents(model.model(), false); all.hasNext(); all.next()) {
            count++;
        }
        return count;
    }
}
