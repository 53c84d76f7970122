package org.cxm.render.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.imageio.ImageIO;

import org.cxm.model.CxModel;
import org.cxm.model.Journey;
import org.cxm.model.ServiceAction;
import org.cxm.model.Stage;
import org.cxm.model.Touchpoint;
import org.cxm.model.query.JourneyQuery;
import org.cxm.model.validation.ModelValidation;
import org.cxm.render.ImageFormat;
import org.cxm.render.JourneyRenderer;
import org.cxm.render.JourneyView;
import org.cxm.tests.support.ExampleModels;
import org.cxm.tests.support.LargeModels;
import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Journeys render headless to valid SVG and sensible PNG, naming every stage and touchpoint. */
class JourneyRendererTest {

    static final List<String> EXAMPLES = ExampleModels.ALL;

    private static final int GUTTER = 170;

    private static final int COLUMN = 210;

    @ParameterizedTest
    @FieldSource("EXAMPLES")
    void journeyMapSvgNamesEveryStageAndTouchpoint(String example) throws Exception {
        CxModel model = ExampleModels.load(example);
        for (Journey journey : model.getJourneys()) {
            SvgDocument svg = new SvgDocument(render(journey, JourneyView.MAP, ImageFormat.SVG));

            Map<String, String> titles = svg.titlesById();
            for (Stage stage : journey.getStages()) {
                assertEquals(stage.getName(), titles.get("cxm-" + stage.getId()), "stage " + stage.getName());
                for (Touchpoint touchpoint : stage.getTouchpoints()) {
                    assertEquals(touchpoint.getName(), titles.get("cxm-" + touchpoint.getId()),
                            "touchpoint " + touchpoint.getName());
                }
            }
            assertTrue(svg.allText().contains(journey.getName()), "the title names the journey");
            assertTrue(svg.allText().contains("Emotions"), "the emotion lane is labelled");
            assertNotNull(svg.elementById("cxm-emotion-curve"), "the emotion curve is drawn");
        }
    }

    @Test
    void serviceBlueprintShowsTheLineOfVisibilityAndEveryAction() throws Exception {
        Journey journey = ExampleModels.load(ExampleModels.ONLINE_SHOP).getJourneys().get(0);
        SvgDocument svg = new SvgDocument(render(journey, JourneyView.BLUEPRINT, ImageFormat.SVG));

        assertTrue(svg.allText().contains("Line of visibility"));
        Map<String, String> titles = svg.titlesById();
        List<ServiceAction> actions = new ArrayList<>();
        for (Touchpoint touchpoint : JourneyQuery.touchpoints(journey)) {
            actions.addAll(touchpoint.getFrontstageActions());
            actions.addAll(touchpoint.getBackstageActions());
            actions.addAll(touchpoint.getSupportProcesses());
        }
        assertTrue(actions.size() >= 20, "the example has a service blueprint");
        for (ServiceAction action : actions) {
            String title = titles.get("cxm-" + action.getId());
            assertNotNull(title, "action " + action.getName());
            assertTrue(title.startsWith(action.getName()), title);
        }
    }

    @ParameterizedTest
    @FieldSource("EXAMPLES")
    void pngHasOneColumnPerTouchpointAndIsNotBlank(String example) throws Exception {
        Journey journey = ExampleModels.load(example).getJourneys().get(0);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(render(journey, JourneyView.MAP, ImageFormat.PNG)));

        assertEquals(GUTTER + JourneyQuery.touchpoints(journey).size() * COLUMN, image.getWidth());
        assertTrue(image.getHeight() > 800 && image.getHeight() < 4000, "height " + image.getHeight());
        assertTrue(distinctColors(image) > 50, "a picture, not a blank page");
    }

    @Test
    void emotionCurvePng() throws Exception {
        Journey journey = ExampleModels.load(ExampleModels.RETAIL_BANK).getJourneys().get(0);
        BufferedImage image = ImageIO.read(
                new ByteArrayInputStream(render(journey, JourneyView.EMOTION, ImageFormat.PNG)));
        assertTrue(image.getHeight() > 400, "height " + image.getHeight());
        assertTrue(distinctColors(image) > 50);
    }

    @Test
    void hundredTouchpointsStayLegible() throws Exception {
        Journey journey = LargeModels.journeyWithTouchpoints(100);
        assertEquals(List.of(), errorsOf(journey), "the generated model is valid");

        SvgDocument svg = new SvgDocument(render(journey, JourneyView.MAP, ImageFormat.SVG));

        assertEquals(GUTTER + 100 * COLUMN, Double.parseDouble(svg.root().getAttribute("width")),
                "columns keep their width: a larger journey makes a wider picture");
        assertTrue(svg.smallestFontSize() >= 11, "no text smaller than 11px, found " + svg.smallestFontSize());
        Set<String> titles = new HashSet<>(svg.titlesById().values());
        for (Touchpoint touchpoint : JourneyQuery.touchpoints(journey)) {
            assertTrue(titles.contains(touchpoint.getName()), touchpoint.getName());
        }
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(render(journey, JourneyView.MAP, ImageFormat.PNG)));
        assertEquals(GUTTER + 100 * COLUMN, image.getWidth());
    }

    private static byte[] render(Journey journey, JourneyView view, ImageFormat format) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JourneyRenderer.render(journey, view, format, out);
        return out.toByteArray();
    }

    private static int distinctColors(BufferedImage image) {
        Set<Integer> colors = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                colors.add(image.getRGB(x, y));
            }
        }
        return colors.size();
    }

    private static List<String> errorsOf(Journey journey) {
        return ModelValidation.problems(ModelValidation.validate(journey.eContainer())).stream()
                .filter(d -> d.getSeverity() >= Diagnostic.ERROR)
                .map(Diagnostic::getMessage)
                .toList();
    }
}
