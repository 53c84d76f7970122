package org.cxm.ui.internal.design;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.EventObject;
import java.util.function.Consumer;

import org.cxm.model.Journey;
import org.cxm.render.ImageFormat;
import org.cxm.render.JourneyRenderer;
import org.cxm.render.JourneyView;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.part.ViewPart;

/**
 * The journey selected in the CX model view (or the journey of the selected stage or touchpoint), drawn by
 * the same renderer as the command line: journey map, service blueprint or emotion curve. Rendering runs in
 * a cancellable job and starts again when the selection, the chosen view or the model changes.
 */
public final class JourneyMapView extends ViewPart {

    public static final String ID = "org.cxm.ui.design.journeyMap";
    private static final String[] VIEW_NAMES = { "Journey map", "Service blueprint", "Emotion curve" };

    private Combo viewChoice;
    private Label caption;
    private ScrolledComposite scroller;
    private Canvas canvas;
    private Image image;
    private Journey journey;
    private Job rendering;
    /** Counts renderings, so that a late result of an outdated one is never shown. */
    private int renderings;
    private EditedModel listened;
    private final CommandStackListener onEdit = this::modelChanged;
    private final Consumer<EditedModel> onOpen = opened -> onUi(() -> follow(opened));
    private final ISelectionListener onSelection = (part, selection) -> show(SelectedJourney.of(selection));

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(2, false));
        viewChoice = new Combo(parent, SWT.READ_ONLY);
        viewChoice.setItems(VIEW_NAMES);
        viewChoice.select(0);
        viewChoice.addListener(SWT.Selection, event -> render());
        caption = new Label(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(caption);
        scroller = new ScrolledComposite(parent, SWT.H_SCROLL | SWT.V_SCROLL | SWT.BORDER);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).applyTo(scroller);
        canvas = new Canvas(scroller, SWT.DOUBLE_BUFFERED);
        canvas.addPaintListener(event -> {
            if (image != null) {
                event.gc.drawImage(image, 0, 0);
            }
        });
        scroller.setContent(canvas);
        DesignSession.addListener(onOpen);
        try {
            follow(DesignSession.current());
        } catch (Exception e) {
            caption.setText("No model: " + e.getMessage());
        }
        getSite().getPage().addPostSelectionListener(ModelView.ID, onSelection);
        show(SelectedJourney.of(getSite().getPage().getSelection(ModelView.ID)));
    }

    /** Chooses the drawing by its name in the drop-down ("Service blueprint"), as a user would. */
    public void choose(String viewName) {
        viewChoice.select(viewChoice.indexOf(viewName));
        render();
    }

    /** What is drawn, in words: "Journey map of Open a current account"; empty while nothing is. */
    public String caption() {
        return caption.getText();
    }

    /** The rendered picture, or {@code null}. */
    public Image image() {
        return image;
    }

    private void follow(EditedModel model) {
        if (listened != null) {
            listened.removeChangeListener(onEdit);
        }
        listened = model;
        if (model != null) {
            model.addChangeListener(onEdit);
        }
        journey = null;
        render();
    }

    private void modelChanged(EventObject ignored) {
        onUi(this::render);
    }

    /** Shows {@code selected}; a selection outside any journey (a channel, say) keeps the journey shown. */
    private void show(Journey selected) {
        if (selected != null && selected != journey) {
            journey = selected;
            render();
        }
    }

    private void render() {
        int serial = ++renderings;
        if (rendering != null) {
            rendering.cancel();
        }
        if (journey == null) {
            replaceImage(null, "Select a journey, stage or touchpoint in the CX model view.");
            return;
        }
        Journey target = journey;
        JourneyView kind = JourneyView.values()[viewChoice.getSelectionIndex()];
        String title = VIEW_NAMES[viewChoice.getSelectionIndex()] + " of " + target.getName();
        rendering = Job.create("Rendering " + title, monitor -> {
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            try {
                JourneyRenderer.render(target, kind, ImageFormat.PNG, png);
            } catch (Exception e) {
                onUi(() -> replaceIfLatest(serial, null, "Cannot render " + title + ": " + e.getMessage()));
                return Status.warning("Cannot render " + title, e);
            }
            if (monitor.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            onUi(() -> replaceIfLatest(serial, new Image(canvas.getDisplay(),
                    new ByteArrayInputStream(png.toByteArray())), title));
            return Status.OK_STATUS;
        });
        rendering.setPriority(Job.SHORT);
        rendering.schedule();
    }

    private void replaceIfLatest(int serial, Image next, String text) {
        if (serial == renderings) {
            replaceImage(next, text);
        } else if (next != null) {
            next.dispose();
        }
    }

    private void replaceImage(Image next, String text) {
        if (image != null) {
            image.dispose();
        }
        image = next;
        caption.setText(text);
        canvas.setSize(next == null ? 0 : next.getBounds().width, next == null ? 0 : next.getBounds().height);
        canvas.redraw();
    }

    private void onUi(Runnable update) {
        if (canvas == null || canvas.isDisposed()) {
            return;
        }
        canvas.getDisplay().asyncExec(() -> {
            if (!canvas.isDisposed()) {
                update.run();
            }
        });
    }

    @Override
    public void setFocus() {
        viewChoice.setFocus();
    }

    @Override
    public void dispose() {
        if (rendering != null) {
            rendering.cancel();
        }
        getSite().getPage().removePostSelectionListener(ModelView.ID, onSelection);
        DesignSession.removeListener(onOpen);
        if (listened != null) {
            listened.removeChangeListener(onEdit);
        }
        if (image != null) {
            image.dispose();
        }
        super.dispose();
    }
}
