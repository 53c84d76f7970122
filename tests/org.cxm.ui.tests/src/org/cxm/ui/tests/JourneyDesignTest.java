package org.cxm.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.cxm.model.CxModel;
import org.cxm.model.Journey;
import org.cxm.model.JourneyMapType;
import org.cxm.model.resource.CxmFiles;
import org.cxm.tests.support.ExampleModels;
import org.cxm.ui.CxmUi;
import org.cxm.ui.internal.design.DesignSession;
import org.cxm.ui.internal.design.ModelView;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A CX architect opens a model in the Journey design perspective: the tree shows it, the Properties view
 * shows and edits the selected element, and every edit can be undone and saved.
 */
class JourneyDesignTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    @AfterEach
    void backToCustomer360() throws Exception {
        PlatformUI.getWorkbench().showPerspective(CxmUi.CUSTOMER_360_PERSPECTIVE_ID, UiTestSupport.window());
    }

    @Test
    void treeAndPropertiesEditTheModelUndoably() throws Exception {
        Path file = dir.resolve("bank.cxm");
        CxmFiles.save(CxmFiles.load(ExampleModels.path(ExampleModels.RETAIL_BANK)), file);
        ModelView view = openDesign(file);
        CxModel model = view.model().model();
        Journey journey = model.getJourneys().get(0);
        String before = journey.getName();

        Tree tree = view.viewer().getTree();
        assertEquals("Cx Model " + model.getName(), tree.getItem(0).getText());
        assertTrue(labels(tree.getItem(0)).contains("Journey " + before), labels(tree.getItem(0)).toString());

        view.select(journey);
        IWorkbenchPage page = UiTestSupport.window().getActivePage();
        PropertySheet properties = (PropertySheet) page.showView(IPageLayout.ID_PROP_SHEET);
        page.activate(view);
        assertTrue(UiTestSupport.waitUntil(() -> rows(properties).contains("Name = " + before), WAIT),
                "Properties view shows the journey's name: " + rows(properties));

        IPropertySource source = view.propertySourceProvider().getPropertySource(journey);
        source.setPropertyValue("name", "Open an account in minutes");
        source.setPropertyValue("mapType", JourneyMapType.FUTURE_STATE);
        UiTestSupport.processEvents();
        assertEquals("Open an account in minutes", journey.getName());
        assertEquals(JourneyMapType.FUTURE_STATE, journey.getMapType());
        assertTrue(labels(tree.getItem(0)).contains("Journey Open an account in minutes"), "tree relabelled");
        assertTrue(view.model().isDirty(), "an edit makes the model dirty");
        assertTrue(UiTestSupport.waitUntil(() -> rows(properties).contains("Name = Open an account in minutes"), WAIT),
                "Properties view follows the edit: " + rows(properties));
        UiTestSupport.processEvents();
        Screenshots.save(UiTestSupport.window().getShell(), "journey-design-properties");

        undo(view);
        assertEquals(JourneyMapType.CURRENT_STATE, journey.getMapType(), "undo takes back the last edit");
        assertEquals("Open an account in minutes", journey.getName());
        undo(view);
        assertEquals(before, journey.getName(), "a second undo takes back the rename");
        assertFalse(view.model().isDirty(), "nothing left to save after undoing every edit");

        source.setPropertyValue("name", "Saved name");
        view.getViewSite().getActionBars().getGlobalActionHandler(ActionFactory.SAVE.getId()).run();
        assertEquals("Saved name", CxmFiles.load(file).getJourneys().get(0).getName(), "Save writes the file");
        assertFalse(view.model().isDirty());
    }

    /** Opens {@code file} and the Journey design perspective, and waits until the tree shows the model. */
    static ModelView openDesign(Path file) throws Exception {
        DesignSession.open(file);
        PlatformUI.getWorkbench().showPerspective(CxmUi.JOURNEY_DESIGN_PERSPECTIVE_ID, UiTestSupport.window());
        IWorkbenchPage page = UiTestSupport.window().getActivePage();
        assertEquals("Journey design", page.getPerspective().getLabel());
        ModelView view = (ModelView) page.findView(ModelView.ID);
        assertNotNull(view, "the perspective shows the CX model view");
        assertTrue(UiTestSupport.waitUntil(() -> view.model() != null && view.model().file().equals(file.toAbsolutePath().normalize())
                && view.viewer().getTree().getItemCount() == 1, WAIT), "the tree shows the model");
        return view;
    }

    private static void undo(ModelView view) throws InterruptedException {
        view.getViewSite().getActionBars().getGlobalActionHandler(ActionFactory.UNDO.getId()).run();
        UiTestSupport.processEvents();
    }

    private static List<String> labels(TreeItem parent) {
        return Arrays.stream(parent.getItems()).map(TreeItem::getText).toList();
    }

    /** The Properties view's rows as "Property = value". */
    private static List<String> rows(PropertySheet properties) {
        if (!(properties.getCurrentPage().getControl() instanceof Tree tree)) {
            return List.of();
        }
        // Properties in a category are one level down.
        return Arrays.stream(tree.getItems())
                .flatMap(item -> Stream.concat(Stream.of(item), Arrays.stream(item.getItems())))
                .map(item -> item.getText(0) + " = " + item.getText(1)).toList();
    }
}
