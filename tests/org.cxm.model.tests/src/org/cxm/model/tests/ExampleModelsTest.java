package org.cxm.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.cxm.model.ChannelMode;
import org.cxm.model.CxModel;
import org.cxm.model.Journey;
import org.cxm.model.JourneyMapType;
import org.cxm.model.Touchpoint;
import org.cxm.model.query.JourneyQuery;
import org.cxm.model.validation.ModelValidation;
import org.cxm.tests.support.ExampleModels;
import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** The shipped examples validate clean and are rich enough to be worth looking at. */
class ExampleModelsTest {

    static final List<String> EXAMPLES = ExampleModels.ALL;

    @ParameterizedTest
    @FieldSource("EXAMPLES")
    void validatesWithoutErrorsOrWarnings(String example) throws Exception {
        CxModel model = ExampleModels.load(example);
        List<String> problems = ModelValidation.problems(ModelValidation.validate(model)).stream()
                .map(Diagnostic::getMessage)
                .toList();
        assertEquals(List.of(), problems);
    }

    @ParameterizedTest
    @FieldSource("EXAMPLES")
    void mainJourneyIsRich(String example) throws Exception {
        CxModel model = ExampleModels.load(example);
        assertTrue(model.getPersonas().size() >= 3, "several personas");
        Journey journey = model.getJourneys().get(0);
        assertEquals(5, journey.getStages().size(), "five stages");
        List<Touchpoint> touchpoints = JourneyQuery.touchpoints(journey);
        assertTrue(touchpoints.size() >= 20, "20+ touchpoints, found " + touchpoints.size());
        Set<ChannelMode> modes = touchpoints.stream().map(t -> t.getChannel().getMode()).collect(Collectors.toSet());
        assertEquals(Set.of(ChannelMode.ONLINE, ChannelMode.OFFLINE), modes, "online and offline channels");
        assertTrue(touchpoints.stream().anyMatch(Touchpoint::isMomentOfTruth), "moments of truth");
        assertTrue(touchpoints.stream().mapToInt(t -> t.getPainPoints().size()).sum() >= 5, "pain points");
        assertTrue(journey.getOpportunities().size() >= 3, "opportunities");
        assertTrue(journey.getKpis().size() >= 4, "KPIs");
        assertTrue(journey.getKpis().stream().allMatch(k -> k.getTarget() != null), "KPIs with targets");
    }

    @ParameterizedTest
    @FieldSource("EXAMPLES")
    void journeysOfEachExpectedMapTypeArePresent(String example) throws Exception {
        Set<JourneyMapType> types = ExampleModels.load(example).getJourneys().stream()
                .map(Journey::getMapType)
                .collect(Collectors.toSet());
        Set<JourneyMapType> expected = example.equals(ExampleModels.RETAIL_BANK)
                ? Set.of(JourneyMapType.CURRENT_STATE, JourneyMapType.FUTURE_STATE)
                : Set.of(JourneyMapType.SERVICE_BLUEPRINT);
        assertTrue(types.containsAll(expected), "map types " + types + " should include " + expected);
    }
}
