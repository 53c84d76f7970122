package org.cxm.model.resource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.cxm.model.CxModel;
import org.cxm.model.CxmPackage;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.UnresolvedReferenceException;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.xml.sax.SAXParseException;

/**
 * Loads and saves CXM model files outside the workbench (command line, services, tests), turning every
 * way a file can be broken into one {@link ModelLoadException} that says what and where.
 */
public final class CxmFiles {

    private CxmFiles() {
    }

    /** A resource set that reads and writes {@code .cxm} files, whatever extension they have. */
    public static ResourceSet newResourceSet() {
        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getPackageRegistry().put(CxmPackage.eNS_URI, CxmPackage.eINSTANCE);
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap()
                .put(Resource.Factory.Registry.DEFAULT_EXTENSION, new CxmResourceFactory());
        return resourceSet;
    }

    /** Loads the model in {@code file} into a new resource set. */
    public static CxModel load(Path file) throws ModelLoadException {
        return load(newResourceSet(), file);
    }

    /** Loads the model in {@code file} into {@code resourceSet}. */
    public static CxModel load(ResourceSet resourceSet, Path file) throws ModelLoadException {
        Path absolute = file.toAbsolutePath().normalize();
        if (!Files.isRegularFile(absolute)) {
            throw new ModelLoadException(file, 0, 0, Files.exists(absolute) ? "not a file" : "no such file", null);
        }
        Resource resource = resourceSet.createResource(URI.createFileURI(absolute.toString()));
        try {
            resource.load(resourceSet.getLoadOptions());
        } catch (IOException | RuntimeException e) {
            throw describe(file, e);
        }
        if (!resource.getErrors().isEmpty()) {
            throw describeErrors(file, resource.getErrors());
        }
        return rootOf(file, resource.getContents());
    }

    /** Saves {@code model} to {@code file}, replacing it. Elements without an id get one first. */
    public static void save(CxModel model, Path file) throws IOException {
        URI uri = URI.createFileURI(file.toAbsolutePath().normalize().toString());
        Resource resource = model.eResource();
        if (resource == null) {
            resource = newResourceSet().createResource(uri);
            resource.getContents().add(model);
        } else {
            resource.setURI(uri);
        }
        resource.save(null);
    }

    private static CxModel rootOf(Path file, List<EObject> contents) throws ModelLoadException {
        if (contents.isEmpty()) {
            throw new ModelLoadException(file, 0, 0, "the file holds no model", null);
        }
        if (!(contents.get(0) instanceof CxModel model)) {
            throw new ModelLoadException(file, 1, 0, "the root element is a " + contents.get(0).eClass().getName()
                    + ", not a CXM model (" + CxmPackage.eNS_URI + " CxModel)", null);
        }
        return model;
    }

    private static ModelLoadException describe(Path file, Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SAXParseException parse) {
                return new ModelLoadException(file, parse.getLineNumber(), parse.getColumnNumber(),
                        "malformed XML: " + parse.getMessage(), failure);
            }
            if (cause instanceof XMIException xmi) {
                return describeError(file, xmi);
            }
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return new ModelLoadException(file, 0, 0, "cannot read the model: " + messageOf(root), failure);
    }

    /** The first error says where to look; the count tells the user there is more to fix. */
    private static ModelLoadException describeErrors(Path file, List<Resource.Diagnostic> errors) {
        ModelLoadException first = describeError(file, errors.get(0));
        if (errors.size() == 1) {
            return first;
        }
        int more = errors.size() - 1;
        return new ModelLoadException(file, first.getLine(), first.getColumn(),
                reasonOf(errors.get(0)) + " (and " + more + " more " + (more == 1 ? "problem" : "problems") + ")",
                first.getCause());
    }

    private static ModelLoadException describeError(Path file, Resource.Diagnostic error) {
        Throwable cause = error instanceof Throwable throwable ? throwable : null;
        return new ModelLoadException(file, error.getLine(), error.getColumn(), reasonOf(error), cause);
    }

    private static String reasonOf(Resource.Diagnostic error) {
        String reason = withoutLocation(error.getMessage());
        if (error instanceof UnresolvedReferenceException unresolved) {
            reason = stripTrailingPeriod(reason) + ": no element of the model has the id '" + unresolved.getReference()
                    + "'; refer to an existing element's id or remove the reference";
        }
        return reason;
    }

    /** EMF appends "(uri, line, column)" to its messages; the exception states the location itself. */
    private static String withoutLocation(String message) {
        if (message == null) {
            return "invalid model content";
        }
        int location = message.lastIndexOf(" (");
        return location > 0 && message.endsWith(")") && message.indexOf("file:", location) > 0
                ? message.substring(0, location)
                : message;
    }

    private static String stripTrailingPeriod(String text) {
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }

    private static String messageOf(Throwable throwable) {
        String message = throwable.getMessage();
        return message == null || message.isBlank() ? throwable.getClass().getSimpleName() : message;
    }
}
