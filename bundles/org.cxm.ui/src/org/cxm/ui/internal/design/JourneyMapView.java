package org.cxm.ui.internal.design;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.EventObject;
import java.util.Map;
import java.util.function.Consumer;

import org.cxm.analytics.LiveJourney;
import org.cxm.analytics.LogWindow;
import org.cxm.history.StoreException;
import org.cxm.model.CxModel;
import org.cxm.model.Journey;
import org.cxm.render.ImageFormat;
import org.cxm.render.JourneyRenderer;
import org.cxm.render.JourneyView;
import org.cxm.render.PathsRenderer;
import org.cxm.ui.internal.StoreSession;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.part.ViewPart;

/**
 * The journey selected in the CX model view (or the journey of the selected stage or touchpoint), drawn by
 * the same renderer as the command line: journey map, service blueprint, emotion curve, or designed against
 * actual paths. With "Measured" (on by default) the pictures show what the customer history says beside
 * the design: KPIs with their actual values and live status, the measured emotion curve, and the paths,
 * which are always measured. Rendering runs in a cancellable job and starts again when the selection, the
 * chosen view or the model changes.
 */
public final class JourneyMapView extends ViewPart {

    public static final String ID = "org.cxm.ui.design.journeyMap";
    private static final String[] VIEW_NAMES = { "Journey map", "Service blueprint", "Emotion curve",
            "Designed vs actual paths" };

    /** The position of the paths picture in {@link #VIEW_NAMES}; those before it are {@link JourneyView}s. */
    private static final int PATHS = 3;

    private Combo viewChoice;
    private Button measured;
    private Label caption;
    private String measurement = "";
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
        parent.setLayout(new GridLayout(3, false));
        viewChoice = new Combo(parent, SWT.READ_ONLY);
        viewChoice.setItems(VIEW_NAMES);
        viewChoice.select(0);
        viewChoice.addListener(SWT.Selection, event -> render());
        measured = new Button(parent, SWT.CHECK);
        measured.setText("Measured");
        measured.setToolTipText("Show the KPIs and the emotion measured from the customer history beside the design");
        measured.setSelection(true);
        measured.addListener(SWT.Selection, event -> render());
        caption = new Label(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(caption);
        scroller = new ScrolledComposite(parent, SWT.H_SCROLL | SWT.V_SCROLL | SWT.BORDER);
        GridDataFactory.fillDefaults().span(3, 1).grab(true, true).applyTo(scroller);
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

    /** Whether the pictures are measured from the customer history, as a user would tick it. */
    public void measure(boolean live) {
        measured.setSelection(live);
        render();
    }

    /**
     * Where the values of the picture shown come from, in words: measured from the customer history, or the
     * designed values only and why; empty while nothing is shown.
     */
    public String measurement() {
        return measurement;
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
            measurement = "";
            return;
        }
        int choice = viewChoice.getSelectionIndex();
        String title = VIEW_NAMES[choice] + " of " + journey.getName();
        boolean live = choice == PATHS || measured.getSelection();
        // The model is copied here, on the UI thread that edits it: measuring writes the KPIs' actual values.
        Journey target = live ? copyOf(journey) : journey;
        rendering = Job.create("Rendering " + title, monitor -> {
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            String source;
            try {
                source = draw(target, choice, live, png);
            } catch (Exception e) {
                onUi(() -> replaceIfLatest(serial, null, "Cannot render " + title + ": " + e.getMessage(), ""));
                return Status.warning("Cannot render " + title, e);
            }
            if (monitor.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            onUi(() -> replaceIfLatest(serial, new Image(canvas.getDisplay(),
                    new ByteArrayInputStream(png.toByteArray())), title, source));
            return Status.OK_STATUS;
        });
        rendering.setPriority(Job.SHORT);
        rendering.schedule();
    }

    /**
     * Draws picture {@code choice} of {@code journey} to {@code png}, measured from the customer history when
     * {@code live}; returns where its values come from. Off the UI thread.
     */
    private static String draw(Journey journey, int choice, boolean live, ByteArrayOutputStream png) throws Exception {
        if (choice == PATHS) {
            PathsRenderer.render(LiveJourney.paths(StoreSession.store(), journey, LogWindow.all()), ImageFormat.PNG, png);
            return "Paths measured from the customer history";
        }
        JourneyView kind = JourneyView.values()[choice];
        if (!live) {
            JourneyRenderer.render(journey, kind, ImageFormat.PNG, png);
            return "Designed values only";
        }
        Map<String, Double> emotions;
        try {
            emotions = LiveJourney.measure(StoreSession.store(), (CxModel) journey.eContainer(), journey,
                    LogWindow.all());
        } catch (StoreException e) {
            JourneyRenderer.render(journey, kind, ImageFormat.PNG, png);
            return "Designed values only: the customer history is not available (" + e.getMessage() + ")";
        }
        JourneyRenderer.render(journey, kind, ImageFormat.PNG, png, emotions);
        return "KPIs and emotion measured from the customer history";
    }

    /** The journey of a copy of its model, to measure without touching the model being edited. */
    private static Journey copyOf(Journey journey) {
        if (!(journey.eContainer() instanceof CxModel model)) {
            return journey;
        }
        EcoreUtil.Copier copier = new EcoreUtil.Copier();
        copier.copy(model);
        copier.copyReferences();
        return (Journey) copier.get(journey);
    }

    private void replaceIfLatest(int serial, Image next, String text, String source) {
        if (serial == renderings) {
            replaceImage(next, text);
            measurement = source;
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
