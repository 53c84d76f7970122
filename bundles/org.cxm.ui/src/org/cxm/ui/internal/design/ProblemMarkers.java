package org.cxm.ui.internal.design;

import java.nio.file.Path;
import java.util.List;

import org.cxm.model.query.ElementPath;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * The validation problems of a model file as workspace markers, so that the IDE's Problems view lists them.
 * Model files live anywhere on disk; each is linked into the "CX models" project of the workspace to carry
 * its markers. A marker names the element by its path and keeps its URI fragment to find it again.
 */
public final class ProblemMarkers {

    /** The marker type of model problems, a subtype of the platform's problem marker (plugin.xml). */
    public static final String TYPE = "org.cxm.ui.modelProblem";

    /** The marker attribute holding the URI fragment of the element a problem is about. */
    public static final String ELEMENT = "org.cxm.ui.element";

    /** The workspace project that links the model files opened in the workbench. */
    public static final String PROJECT = "CX models";

    private ProblemMarkers() {
    }

    /** The workspace file linked to {@code file}, creating the project and the link when needed. */
    public static IFile linkedFile(Path file, IProgressMonitor monitor) throws CoreException {
        IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();
        IProject project = root.getProject(PROJECT);
        if (!project.exists()) {
            project.create(monitor);
        }
        if (!project.isOpen()) {
            project.open(monitor);
        }
        IPath location = IPath.fromOSString(file.toAbsolutePath().normalize().toString());
        IFile link = project.getFile(file.getFileName().toString());
        if (!link.exists() || !location.equals(link.getLocation())) {
            link.createLink(location, IResource.REPLACE | IResource.ALLOW_MISSING_LOCAL, monitor);
        }
        return link;
    }

    /** Replaces the model problems on {@code file} with one marker per problem in {@code problems}. */
    public static void replace(IFile file, List<Diagnostic> problems) throws CoreException {
        file.deleteMarkers(TYPE, true, IResource.DEPTH_ZERO);
        for (Diagnostic problem : problems) {
            IMarker marker = file.createMarker(TYPE);
            marker.setAttribute(IMarker.MESSAGE, problem.getMessage());
            marker.setAttribute(IMarker.SEVERITY, severityOf(problem));
            EObject element = elementOf(problem);
            if (element != null) {
                marker.setAttribute(IMarker.LOCATION, ElementPath.of(element));
                if (element.eResource() != null) {
                    marker.setAttribute(ELEMENT, EcoreUtil.getURI(element).fragment());
                }
            }
        }
    }

    /** The model problems on {@code file}. */
    public static IMarker[] of(IFile file) throws CoreException {
        return file.exists() ? file.findMarkers(TYPE, true, IResource.DEPTH_ZERO) : new IMarker[0];
    }

    /** The element of {@code model} that {@code marker} is about, or {@code null} if it is not about one. */
    public static EObject elementOf(IMarker marker, EditedModel model) {
        if (marker == null || model == null || !marker.exists() || marker.getResource().getLocation() == null
                || !marker.getResource().getLocation().toPath().equals(model.file())) {
            return null;
        }
        String fragment = marker.getAttribute(ELEMENT, null);
        return fragment == null ? null : model.model().eResource().getEObject(fragment);
    }

    private static int severityOf(Diagnostic problem) {
        return switch (problem.getSeverity()) {
            case Diagnostic.ERROR, Diagnostic.CANCEL -> IMarker.SEVERITY_ERROR;
            case Diagnostic.WARNING -> IMarker.SEVERITY_WARNING;
            default -> IMarker.SEVERITY_INFO;
        };
    }

    private static EObject elementOf(Diagnostic problem) {
        List<?> data = problem.getData();
        return !data.isEmpty() && data.get(0) instanceof EObject element ? element : null;
    }
}
