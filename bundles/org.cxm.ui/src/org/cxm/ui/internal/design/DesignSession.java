package org.cxm.ui.internal.design;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.cxm.model.CxModel;
import org.cxm.ui.internal.ModelSession;

/**
 * The model the Journey design views edit: the one {@link ModelSession} holds, wrapped once in an
 * {@link EditedModel}. A small static facade, so that the design views and the validation share one editing
 * domain without wiring; views register to hear when another model is opened.
 */
public final class DesignSession {

    private static EditedModel current;
    private static final List<Consumer<EditedModel>> LISTENERS = new CopyOnWriteArrayList<>();

    private DesignSession() {
    }

    /** The model being designed, opening the launch argument's on first use; {@code null} when none. */
    public static synchronized EditedModel current() throws Exception {
        CxModel model = ModelSession.model();
        if (model == null) {
            return null;
        }
        if (current == null || current.model() != model) {
            replace(new EditedModel(model, ModelSession.file()));
        }
        return current;
    }

    /** Opens the model in {@code file} for design (and for the other perspectives); listeners are told. */
    public static void open(Path file) throws Exception {
        EditedModel opened;
        synchronized (DesignSession.class) {
            ModelSession.open(file);
            opened = current();
        }
        LISTENERS.forEach(listener -> listener.accept(opened));
    }

    private static void replace(EditedModel edited) {
        if (current != null) {
            current.dispose();
        }
        current = edited;
    }

    /** Calls {@code listener} with the newly opened model whenever {@link #open(Path)} opens one. */
    public static void addListener(Consumer<EditedModel> listener) {
        LISTENERS.add(listener);
    }

    public static void removeListener(Consumer<EditedModel> listener) {
        LISTENERS.remove(listener);
    }
}
