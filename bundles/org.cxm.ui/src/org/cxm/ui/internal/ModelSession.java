package org.cxm.ui.internal;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.cxm.model.CxModel;
import org.cxm.model.NamedElement;
import org.cxm.model.resource.CxmFiles;
import org.eclipse.emf.ecore.EObject;

/**
 * The CX model the workbench has open ({@code -model <file>}), if any, and the names of its elements by id,
 * so that views over the store show "Onboarding call" instead of an element id.
 */
public final class ModelSession {

    private static CxModel model;
    private static Path file;
    private static Map<String, String> names = Map.of();

    private ModelSession() {
    }

    /** The open model, loading the launch argument's on first use; {@code null} when there is none. */
    public static synchronized CxModel model() throws Exception {
        if (model == null) {
            String file = LaunchArguments.current().model();
            if (file != null) {
                open(Path.of(file));
            }
        }
        return model;
    }

    /** Opens the model in {@code file}. */
    public static synchronized void open(Path file) throws Exception {
        model = CxmFiles.load(file);
        ModelSession.file = file.toAbsolutePath().normalize();
        Map<String, String> byId = new HashMap<>();
        model.eAllContents().forEachRemaining((EObject element) -> {
            if (element instanceof NamedElement named && named.getId() != null && named.getName() != null) {
                byId.put(named.getId(), named.getName());
            }
        });
        names = byId;
    }

    /** Closes the open model: the next use loads the launch argument's again. */
    static synchronized void forget() {
        model = null;
        file = null;
        names = Map.of();
    }

    /** The file of the open model, so that editors can save it back; {@code null} when none is open. */
    public static synchronized Path file() {
        return file;
    }

    /** The name of the model element with {@code id}, or the id itself when no open model has it. */
    public static synchronized String nameOf(String id) {
        if (id == null) {
            return "";
        }
        return names.getOrDefault(id, id);
    }
}
