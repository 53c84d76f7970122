package org.cxm.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.cxm.history.StoreLocation;
import org.cxm.model.CxModel;
import org.cxm.model.Journey;
import org.cxm.model.JourneyMapType;
import org.cxm.model.KpiDirection;
import org.cxm.model.MeasureAggregate;
import org.cxm.model.Touchpoint;
import org.cxm.model.resource.CxmFiles;
import org.cxm.tests.support.AnalyticsModel;
import org.cxm.tests.support.ExampleModels;
import org.cxm.tests.support.HistoryFixture;
import org.cxm.tests.support.OpenStores;
import org.cxm.tests.support.TestStores;
import org.cxm.ui.CxmUi;
import org.cxm.ui.internal.StoreSession;
import org.cxm.ui.internal.design.DesignSession;
import org.cxm.ui.internal.design.JourneyMapView;
import org.cxm.ui.internal.design.ModelView;
import org.cxm.ui.internal.design.ProblemMarkers;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A CX architect opens a model in the Journey design perspective: the tree shows it, the Properties view
 * shows and edits the selected element, and every edit can be undone and saved.
 */
class JourneyDesignTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    /**
     * The Problems view fills itself from the markers in a throttled background job, which right after the
     * workbench starts on a loaded machine was seen to take longer than {@link #WAIT}.
     */
    private static final Duration PROBLEMS_VIEW_WAIT = Duration.ofSeconds(60);
    private static final String TV_AD = "See the 'Banking that fits in your pocket' campaign";

    @TempDir
    Path dir;

    @RegisterExtension
    final OpenStores stores = new OpenStores();

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
        toolBarAction(view, "Save").run();
        assertEquals("Saved name", CxmFiles.load(file).getJourneys().get(0).getName(), "Save writes the file");
        assertFalse(view.model().isDirty());
    }

    @Test
    void validationProblemsAreListedInTheProblemsViewAndFollowFixes() throws Exception {
        Path file = brokenBank();
        ModelView view = openDesign(file);
        IFile linked = ResourcesPlugin.getWorkspace().getRoot().getProject(ProblemMarkers.PROJECT)
                .getFile(file.getFileName().toString());
        String noChannel = "Touchpoint \"" + TV_AD + "\" has no channel; choose the channel on which it happens.";
        String noPersona = "Journey \"Open a current account\" is not mapped for any persona; add the persona(s)"
                + " whose journey it is.";
        assertTrue(UiTestSupport.waitUntil(() -> errors(linked).containsAll(List.of(noChannel, noPersona)), WAIT),
                "validation on open marks the errors: " + errors(linked));
        IMarker channelMarker = Arrays.stream(ProblemMarkers.of(linked))
                .filter(marker -> noChannel.equals(marker.getAttribute(IMarker.MESSAGE, ""))).findFirst().get();
        assertEquals("journey \"Open a current account\" / stage \"Discover\" / touchpoint \"" + TV_AD + "\"",
                channelMarker.getAttribute(IMarker.LOCATION, ""));

        IWorkbenchPage page = UiTestSupport.window().getActivePage();
        IViewPart problems = page.showView(IPageLayout.ID_PROBLEM_VIEW);
        page.bringToTop(problems);
        UiTestSupport.processEvents();
        TreeViewer problemTree = (TreeViewer) problems.getSite().getSelectionProvider();
        assertTrue(UiTestSupport.waitUntil(() -> {
            problemTree.expandAll();
            return allLabels(problemTree.getTree().getItems()).containsAll(List.of(noChannel, noPersona));
        }, PROBLEMS_VIEW_WAIT), "the Problems view lists the errors: " + allLabels(problemTree.getTree().getItems()));

        TreeItem channelRow = Arrays.stream(problemTree.getTree().getItems()).flatMap(
                item -> Stream.concat(Stream.of(item), Arrays.stream(item.getItems())))
                .filter(item -> noChannel.equals(item.getText())).findFirst().get();
        problemTree.setSelection(new StructuredSelection(channelRow.getData()), true);
        Touchpoint ad = view.model().model().getJourneys().get(0).getStages().get(0).getTouchpoints().get(0);
        assertTrue(UiTestSupport.waitUntil(() -> ((IStructuredSelection) view.viewer().getSelection())
                .getFirstElement() == ad, WAIT), "selecting the problem selects the touchpoint in the tree");
        UiTestSupport.processEvents();
        Screenshots.save(UiTestSupport.window().getShell(), "journey-design-problems");

        view.propertySourceProvider().getPropertySource(ad).setPropertyValue("channel",
                view.model().model().getChannels().get(0));
        toolBarAction(view, "Validate").run();
        // The job replaces the markers in one workspace operation; read them once it is done.
        assertTrue(UiTestSupport.waitUntil(() -> Job.getJobManager().find(view.model()).length == 0
                && !errors(linked).contains(noChannel), WAIT),
                "re-validating removes the fixed problem: " + errors(linked));
        assertTrue(errors(linked).contains(noPersona), "and keeps the one not fixed: " + errors(linked));
    }

    @Test
    void journeyMapShowsTheJourneyOfTheSelectionAndFollowsChanges() throws Exception {
        Path file = dir.resolve("bank-map.cxm");
        CxmFiles.save(CxmFiles.load(ExampleModels.path(ExampleModels.RETAIL_BANK)), file);
        ModelView view = openDesign(file);
        JourneyMapView map = (JourneyMapView) UiTestSupport.window().getActivePage().findView(JourneyMapView.ID);
        assertNotNull(map, "the perspective shows the Journey map view");
        Journey journey = view.model().model().getJourneys().get(0);

        view.select(journey.getStages().get(1).getTouchpoints().get(0));
        assertTrue(UiTestSupport.waitUntil(() -> map.image() != null
                && map.caption().equals("Journey map of " + journey.getName()), WAIT),
                "selecting a touchpoint draws its journey: " + map.caption());
        assertTrue(map.image().getBounds().width > 400 && colours(map.image()) > 3,
                "a real picture: " + map.image().getBounds() + ", " + colours(map.image()) + " colours");

        map.choose("Emotion curve");
        assertTrue(UiTestSupport.waitUntil(() -> map.image() != null
                && map.caption().equals("Emotion curve of " + journey.getName()), WAIT), map.caption());

        view.propertySourceProvider().getPropertySource(journey).setPropertyValue("name", "Open an account today");
        assertTrue(UiTestSupport.waitUntil(() -> map.image() != null
                && map.caption().equals("Emotion curve of Open an account today"), WAIT),
                "an edit of the model redraws the journey: " + map.caption());
        UiTestSupport.processEvents();
        Screenshots.save(UiTestSupport.window().getShell(), "journey-design-map");
    }

    @Test
    void journeyMapShowsWhatTheRecordsSayAndTheActualPaths() throws Exception {
        AnalyticsModel shop = new AnalyticsModel();
        shop.kpi("Check-outs", AnalyticsModel.measure(MeasureAggregate.COUNT, AnalyticsModel.at(shop.checkout)), 10,
                KpiDirection.HIGHER_IS_BETTER);
        Path file = dir.resolve("shop.cxm");
        CxmFiles.save(shop.model, file);
        StoreLocation location = TestStores.h2();
        HistoryFixture records = new HistoryFixture(stores.open(location));
        OffsetDateTime start = OffsetDateTime.of(2025, 3, 1, 9, 0, 0, 0, ZoneOffset.UTC);
        long ana = records.customer("Ana", "ana@example.com", null);
        records.walk(ana, "CRM", "ana", start, Duration.ofHours(2), shop.showroom, shop.checkout, shop.chat);
        StoreSession.use(location);
        try {
            ModelView view = openDesign(file);
            JourneyMapView map = (JourneyMapView) UiTestSupport.window().getActivePage().findView(JourneyMapView.ID);
            Journey journey = view.model().model().getJourneys().get(0);
            view.select(journey);
            assertTrue(UiTestSupport.waitUntil(() -> map.image() != null && map.measurement().equals(
                    "KPIs and emotion measured from the customer history"), WAIT), map.caption() + ": "
                            + map.measurement());
            assertFalse(view.model().isDirty(), "measuring does not change the model being edited");
            assertNull(journey.getKpis().get(0).getActual(), "the measured actual values are drawn on a copy");

            map.choose("Designed vs actual paths");
            assertTrue(UiTestSupport.waitUntil(() -> map.image() != null
                    && map.caption().equals("Designed vs actual paths of Order and support")
                    && map.measurement().equals("Paths measured from the customer history"), WAIT), map.caption());
            assertTrue(map.image().getBounds().width >= 900 && colours(map.image()) > 3, "a real picture");
            UiTestSupport.processEvents();
            Screenshots.save(UiTestSupport.window().getShell(), "journey-design-paths");

            map.choose("Journey map");
            map.measure(false);
            assertTrue(UiTestSupport.waitUntil(() -> map.image() != null
                    && map.measurement().equals("Designed values only"), WAIT), map.measurement());
        } finally {
            StoreSession.use(null);
        }
    }

    /** How many different colours a sample of the image's pixels has: a blank image has one. */
    private static long colours(Image image) {
        ImageData data = image.getImageData();
        return java.util.stream.IntStream.range(0, 400).map(i -> data.getPixel(
                (i * 37) % data.width, (i * 53) % data.height)).distinct().count();
    }

    /** A copy of the retail bank example with a journey mapped for no persona and a touchpoint with no channel. */
    private Path brokenBank() throws Exception {
        CxModel model = CxmFiles.load(ExampleModels.path(ExampleModels.RETAIL_BANK));
        Journey journey = model.getJourneys().get(0);
        journey.getPersonas().clear();
        Touchpoint ad = journey.getStages().get(0).getTouchpoints().get(0);
        assertEquals(TV_AD, ad.getName());
        ad.setChannel(null);
        Path file = dir.resolve("bank-broken.cxm");
        CxmFiles.save(model, file);
        return file;
    }

    private static List<String> errors(IFile file) {
        try {
            return Arrays.stream(ProblemMarkers.of(file))
                    .filter(marker -> marker.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR)
                    .map(marker -> marker.getAttribute(IMarker.MESSAGE, "")).toList();
        } catch (CoreException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> allLabels(TreeItem[] items) {
        return Arrays.stream(items).flatMap(item -> Stream.concat(Stream.of(item.getText()),
                allLabels(item.getItems()).stream())).toList();
    }

    static IAction toolBarAction(IViewPart view, String text) {
        return Arrays.stream(view.getViewSite().getActionBars().getToolBarManager().getItems())
                .filter(item -> item instanceof ActionContributionItem).map(item -> ((ActionContributionItem) item)
                        .getAction()).filter(action -> text.equals(action.getText())).findFirst().orElseThrow();
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
        UiTestSupport.processEvents();
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
