package org.cxm.model.validation;

import java.util.Set;

import org.cxm.model.CxmPackage;
import org.cxm.model.Touchpoint;
import org.cxm.model.query.ElementPath;
import org.cxm.model.query.EmotionScale;

/**
 * Rules of a touchpoint: it happens on a channel, is owned by a team, has an emotion on the scale, and,
 * when it is a moment of truth, is measured by a KPI or a feedback mechanism.
 */
final class TouchpointConstraints {

    private TouchpointConstraints() {
    }

    static void check(Touchpoint touchpoint, Problems problems, Set<Touchpoint> measured) {
        String path = CxmValidator.capitalized(ElementPath.describe(touchpoint));
        if (touchpoint.getChannel() == null) {
            problems.report(ValidationRule.TOUCHPOINT_CHANNEL_MISSING, touchpoint,
                    CxmPackage.Literals.TOUCHPOINT__CHANNEL,
                    path + " has no channel; choose the channel on which it happens.");
        }
        if (touchpoint.getOwner() == null) {
            problems.report(ValidationRule.TOUCHPOINT_OWNER_MISSING, touchpoint, CxmPackage.Literals.TOUCHPOINT__OWNER,
                    path + " has no owning team; assign the team responsible for it.");
        }
        if (!EmotionScale.contains(touchpoint.getEmotion())) {
            problems.report(ValidationRule.EMOTION_OUT_OF_RANGE, touchpoint, CxmPackage.Literals.TOUCHPOINT__EMOTION,
                    path + " has the emotion score " + touchpoint.getEmotion() + "; use a score from "
                            + EmotionScale.MOST_NEGATIVE + " (very negative) to +" + EmotionScale.MOST_POSITIVE
                            + " (very positive).");
        }
        if (touchpoint.isMomentOfTruth() && !measured.contains(touchpoint)) {
            problems.report(ValidationRule.MOMENT_OF_TRUTH_UNMEASURED, touchpoint,
                    CxmPackage.Literals.TOUCHPOINT__MOMENT_OF_TRUTH,
                    path + " is a moment of truth but nothing measures it; scope a KPI to it or collect"
                            + " feedback there with a feedback mechanism.");
        }
    }
}
