package org.cxm.model.validation;

import java.util.EnumMap;
import java.util.Map;

import org.cxm.model.CxmPackage;
import org.cxm.model.Journey;
import org.cxm.model.JourneyMapType;
import org.cxm.model.Stage;
import org.cxm.model.StageKind;
import org.cxm.model.query.ElementPath;
import org.cxm.model.query.JourneyQuery;

/**
 * Rules of a journey: it is mapped for a persona, its standard stages come once each and in their natural
 * order (awareness, consideration, purchase, retention, advocacy), and names are unique within it.
 */
final class JourneyConstraints {

    private JourneyConstraints() {
    }

    static void check(Journey journey, Problems problems) {
        String label = ElementPath.describe(journey);
        if (journey.getPersonas().isEmpty()) {
            problems.report(ValidationRule.JOURNEY_PERSONA_MISSING, journey, CxmPackage.Literals.JOURNEY__PERSONAS,
                    CxmValidator.capitalized(label) + " is not mapped for any persona; add the persona(s) whose"
                            + " journey it is.");
        }
        checkCurrentState(journey, label, problems);
        checkStageOrder(journey, problems);
        UniqueNames.check(journey.getStages(), "stages of " + label, problems);
        UniqueNames.check(JourneyQuery.touchpoints(journey), "touchpoints of " + label, problems);
        UniqueNames.check(journey.getKpis(), "KPIs of " + label, problems);
        UniqueNames.check(journey.getOpportunities(), "opportunities of " + label, problems);
        UniqueNames.check(journey.getObjectives(), "business objectives of " + label, problems);
    }

    private static void checkCurrentState(Journey journey, String label, Problems problems) {
        Journey currentState = journey.getCurrentState();
        if (currentState != null && !currentState.eIsProxy()
                && currentState.getMapType() != JourneyMapType.CURRENT_STATE) {
            problems.report(ValidationRule.JOURNEY_CURRENT_STATE_KIND, journey,
                    CxmPackage.Literals.JOURNEY__CURRENT_STATE,
                    CxmValidator.capitalized(label) + " names " + ElementPath.describe(currentState)
                            + " as its current state, but that is a " + currentState.getMapType().getLiteral()
                            + " map; refer to a current-state journey.");
        }
    }

    private static void checkStageOrder(Journey journey, Problems problems) {
        Map<StageKind, Stage> seen = new EnumMap<>(StageKind.class);
        Stage latest = null;
        for (Stage stage : journey.getStages()) {
            StageKind kind = stage.getKind();
            if (kind == StageKind.CUSTOM) {
                continue;
            }
            Stage same = seen.putIfAbsent(kind, stage);
            if (same != null) {
                problems.report(ValidationRule.STAGE_DUPLICATE, stage, CxmPackage.Literals.STAGE__KIND,
                        CxmValidator.capitalized(ElementPath.describe(stage)) + " is a second " + kind.getLiteral()
                                + " stage after " + ElementPath.describe(same) + "; merge them, or make one a"
                                + " custom stage.");
            } else if (latest != null && kind.compareTo(latest.getKind()) < 0) {
                problems.report(ValidationRule.STAGE_OUT_OF_ORDER, stage, CxmPackage.Literals.STAGE__KIND,
                        CxmValidator.capitalized(ElementPath.describe(stage)) + " (" + kind.getLiteral()
                                + ") comes after " + ElementPath.describe(latest) + " (" + latest.getKind().getLiteral()
                                + "); move it before, or make it a custom stage. Standard stages go awareness,"
                                + " consideration, purchase, retention, advocacy.");
            }
            if (latest == null || kind.compareTo(latest.getKind()) > 0) {
                latest = stage;
            }
        }
    }
}
