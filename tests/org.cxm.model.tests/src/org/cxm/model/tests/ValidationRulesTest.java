package org.cxm.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.stream.Collectors;

import org.cxm.model.Channel;
import org.cxm.model.CxmFactory;
import org.cxm.model.Journey;
import org.cxm.model.JourneyMapType;
import org.cxm.model.Kpi;
import org.cxm.model.KpiDirection;
import org.cxm.model.KpiKind;
import org.cxm.model.Persona;
import org.cxm.model.StageKind;
import org.cxm.model.Touchpoint;
import org.cxm.model.validation.ModelValidation;
import org.cxm.model.validation.ValidationRule;
import org.cxm.tests.support.ModelFixture;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

/**
 * Each validation rule is triggered by a model broken in exactly one way, and its message names the
 * element and says what to fix.
 */
class ValidationRulesTest {

    private final ModelFixture fixture = new ModelFixture();

    @Test
    void theFixtureIsValid() {
        assertEquals(List.of(), messages(ModelValidation.problems(ModelValidation.validate(fixture.model))));
    }

    @Test
    void theValidatorIsRegisteredForThePackage() {
        fixture.checkout.setChannel(null);
        Diagnostic result = Diagnostician.INSTANCE.validate(fixture.model);
        assertTrue(codes(result).contains(ValidationRule.TOUCHPOINT_CHANNEL_MISSING.code()),
                "the plain EMF Diagnostician must apply the CXM rules: " + result);
    }

    @Test
    void stagesOutOfOrder() {
        fixture.journey.getStages().move(0, 2);
        assertProblem(ValidationRule.STAGE_OUT_OF_ORDER, fixture.stage(1), "Stage \"Awareness\"",
                "comes after stage \"Purchase\"");
    }

    @Test
    void duplicatedStage() {
        fixture.stage(4).setKind(StageKind.PURCHASE);
        assertProblem(ValidationRule.STAGE_DUPLICATE, fixture.stage(4), "Stage \"Advocacy\"",
                "second purchase stage after stage \"Purchase\"");
    }

    @Test
    void customStagesMayStandAnywhere() {
        fixture.stage(0).setKind(StageKind.CUSTOM);
        fixture.stage(4).setKind(StageKind.CUSTOM);
        fixture.journey.getStages().move(0, 4);
        assertEquals(List.of(), messages(problems()));
    }

    @Test
    void touchpointWithoutChannel() {
        fixture.checkout.setChannel(null);
        assertProblem(ValidationRule.TOUCHPOINT_CHANNEL_MISSING, fixture.checkout, "Touchpoint \"purchase on the web\"",
                "choose the channel");
    }

    @Test
    void touchpointWithoutOwnerIsOnlyAWarning() {
        fixture.checkout.setOwner(null);
        Diagnostic problem = assertProblem(ValidationRule.TOUCHPOINT_OWNER_MISSING, fixture.checkout,
                "Touchpoint \"purchase on the web\"", "assign the team");
        assertEquals(Diagnostic.WARNING, problem.getSeverity());
    }

    @Test
    void journeyWithoutPersona() {
        fixture.journey.getPersonas().clear();
        assertProblem(ValidationRule.JOURNEY_PERSONA_MISSING, fixture.journey, "Journey \"Buy online\"",
                "add the persona");
    }

    @Test
    void kpiWithoutTarget() {
        fixture.nps.setTarget(null);
        assertProblem(ValidationRule.KPI_TARGET_MISSING, fixture.nps, "KPI \"NPS\"", "has no target");
    }

    @Test
    void kpiWithoutMeasureIsAWarning() {
        fixture.nps.setMeasure(null);
        assertProblem(ValidationRule.KPI_MEASURE_MISSING, fixture.nps, "KPI \"NPS\"", "has no measure");
    }

    @Test
    void kpiMeasureWithoutWhatItsAggregateNeeds() {
        fixture.nps.getMeasure().setAggregate(org.cxm.model.MeasureAggregate.MEDIAN);
        fixture.nps.getMeasure().setValue(org.cxm.model.MeasureValue.DURATION);
        assertProblem(ValidationRule.KPI_MEASURE_INCOMPLETE, fixture.nps, "KPI \"NPS\" is measured as median",
                "its durations have no end");
        fixture.nps.getMeasure().setAggregate(org.cxm.model.MeasureAggregate.CHURN);
        assertProblem(ValidationRule.KPI_MEASURE_INCOMPLETE, fixture.nps, "KPI \"NPS\" is measured as churn",
                "its window is 0 days");
    }

    @Test
    void kpiTargetBelowBenchmarkWhenHigherIsBetter() {
        fixture.nps.setTarget(25.0);
        assertProblem(ValidationRule.KPI_TARGET_BEHIND_BENCHMARK, fixture.nps, "KPI \"NPS\" aims for 25",
                "benchmark is 30; as higher is better, the target should be at least the benchmark");
    }

    @Test
    void kpiTargetAboveBenchmarkWhenLowerIsBetter() {
        Kpi churn = fixture.kpi("Churn", KpiKind.CHURN_RATE, 12.5, 10.0, KpiDirection.LOWER_IS_BETTER);
        fixture.journey.getKpis().add(churn);
        assertProblem(ValidationRule.KPI_TARGET_BEHIND_BENCHMARK, churn, "KPI \"Churn\" aims for 12.5",
                "the target should be at most the benchmark");
    }

    @Test
    void kpiMeasuringAnotherJourney() {
        Journey other = CxmFactory.eINSTANCE.createJourney();
        other.setName("Complain");
        other.getPersonas().add(fixture.persona);
        fixture.model.getJourneys().add(other);
        fixture.nps.setScope(other);
        assertProblem(ValidationRule.KPI_SCOPE_OUTSIDE_JOURNEY, fixture.nps, "KPI \"NPS\" measures journey \"Complain\"",
                "not part of journey \"Buy online\"");
    }

    @Test
    void emotionOutOfRange() {
        fixture.checkout.setEmotion(-7);
        assertProblem(ValidationRule.EMOTION_OUT_OF_RANGE, fixture.checkout, "emotion score -7",
                "from -5 (very negative) to +5");
    }

    @Test
    void opportunityWithoutOwner() {
        fixture.opportunity.setOwner(null);
        assertProblem(ValidationRule.OPPORTUNITY_OWNER_MISSING, fixture.opportunity,
                "Opportunity \"Faster checkout\" has no owner", "assign the department or team");
    }

    @Test
    void momentOfTruthWithoutKpiOrFeedback() {
        fixture.nps.setScope(null);
        fixture.survey.getCollectedAt().clear();
        assertProblem(ValidationRule.MOMENT_OF_TRUTH_UNMEASURED, fixture.checkout, "is a moment of truth",
                "scope a KPI to it or collect feedback there");
    }

    @Test
    void momentOfTruthMeasuredByFeedbackAloneIsValid() {
        fixture.nps.setScope(null);
        assertEquals(List.of(), messages(problems()));
    }

    @Test
    void duplicateNamesAmongChannels() {
        Channel second = CxmFactory.eINSTANCE.createChannel();
        second.setName(" web");
        fixture.model.getChannels().add(second);
        assertProblem(ValidationRule.NAME_DUPLICATE, second, "Channel \" web\" has the same name as channel \"Web\"",
                "names of channels of the model must be unique");
    }

    @Test
    void duplicateTouchpointNamesAcrossStagesOfOneJourney() {
        Touchpoint twin = fixture.touchpoint("Purchase on the web");
        fixture.stage(3).getTouchpoints().add(twin);
        assertProblem(ValidationRule.NAME_DUPLICATE, twin, "same name as journey \"Buy online\" / stage \"Purchase\"",
                "touchpoints of journey \"Buy online\" must be unique");
    }

    @Test
    void missingName() {
        fixture.persona.setName("  ");
        assertProblem(ValidationRule.NAME_MISSING, fixture.persona, "Persona with id", "has no name");
    }

    @Test
    void duplicateIds() {
        Persona twin = CxmFactory.eINSTANCE.createPersona();
        twin.setName("Alex");
        fixture.model.getPersonas().add(twin);
        twin.setId(fixture.persona.getId());
        assertProblem(ValidationRule.ID_DUPLICATE, twin, "Persona \"Alex\" has the id", "persona \"Sam\" already has");
    }

    @Test
    void idWithWhitespace() {
        fixture.web.setId("web channel");
        assertProblem(ValidationRule.ID_MALFORMED, fixture.web, "\"web channel\"", "contains whitespace");
    }

    @Test
    void referenceToARemovedElement() {
        fixture.model.getChannels().remove(fixture.web);
        assertProblem(ValidationRule.REFERENCE_DANGLING, fixture.checkout, "refers through 'channel' to channel \"Web\"",
                "no longer in the model");
    }

    @Test
    void referenceIntoAMissingFile() {
        Persona ghost = CxmFactory.eINSTANCE.createPersona();
        ((org.eclipse.emf.ecore.InternalEObject) ghost)
                .eSetProxyURI(org.eclipse.emf.common.util.URI.createURI("missing.cxm#persona.ghost"));
        fixture.journey.getPersonas().add(ghost);
        assertProblem(ValidationRule.REFERENCE_DANGLING, fixture.journey, "cannot be found (missing.cxm#persona.ghost)",
                "remove the reference or restore that element");
    }

    @Test
    void currentStateMustBeACurrentStateJourney() {
        Journey future = EcoreUtil.copy(fixture.journey);
        future.setName("Buy online (future)");
        future.setMapType(JourneyMapType.FUTURE_STATE);
        fixture.model.getJourneys().add(future);
        fixture.journey.setCurrentState(future);
        assertProblem(ValidationRule.JOURNEY_CURRENT_STATE_KIND, fixture.journey, "as its current state",
                "futureState map; refer to a current-state journey");
    }

    private Diagnostic assertProblem(ValidationRule rule, EObject element, String... fragments) {
        List<Diagnostic> problems = problems();
        List<Diagnostic> matching = problems.stream()
                .filter(p -> p.getCode() == rule.code() && p.getData().get(0) == element)
                .toList();
        if (matching.size() != 1) {
            fail("expected one " + rule + " problem on " + element + ", got " + messages(problems));
        }
        Diagnostic problem = matching.get(0);
        assertEquals(rule.severity(), problem.getSeverity());
        for (String fragment : fragments) {
            assertTrue(problem.getMessage().contains(fragment),
                    "message should contain '" + fragment + "': " + problem.getMessage());
        }
        return problem;
    }

    private List<Diagnostic> problems() {
        return ModelValidation.problems(ModelValidation.validate(fixture.model));
    }

    private static List<String> messages(List<Diagnostic> problems) {
        return problems.stream().map(Diagnostic::getMessage).collect(Collectors.toList());
    }

    private static List<Integer> codes(Diagnostic result) {
        return ModelValidation.problems(result).stream().map(Diagnostic::getCode).toList();
    }
}
