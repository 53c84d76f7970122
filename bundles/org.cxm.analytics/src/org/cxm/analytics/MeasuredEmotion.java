package org.cxm.analytics;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cxm.model.CxModel;
import org.cxm.model.FeedbackMechanism;
import org.cxm.model.Journey;
import org.cxm.model.Stage;
import org.cxm.model.Touchpoint;
import org.cxm.model.query.EmotionScale;

/**
 * The emotion customers show at each touchpoint of a journey, from the records there: their mean survey
 * score mapped onto -5..+5 (neutral 0 without scores), pulled down by 5 points times the share of repeat
 * contacts (another record at the touchpoint within 7 days) and 5 points times the share of escalated
 * ones. A score is read on the scale of the survey collected at the touchpoint: 0-10 for NPS, 1-5 for
 * CSAT, 1-7 for CES (where low effort is good); without a survey, 1-5, or 0-10 once a score above 7 is seen.
 */
public final class MeasuredEmotion implements CaseListener {

    private static final long REPEAT_WINDOW = 7 * 86_400_000L;

    private final Journey journey;

    private final Map<String, Counts> counts = new HashMap<>();

    private final Map<String, FeedbackMechanism> surveys = new HashMap<>();

    public MeasuredEmotion(Journey journey) {
        this.journey = journey;
        for (Stage stage : journey.getStages()) {
            for (Touchpoint touchpoint : stage.getTouchpoints()) {
                counts.put(touchpoint.getId(), new Counts());
            }
        }
        if (journey.eContainer() instanceof CxModel model) {
            for (FeedbackMechanism survey : model.getFeedbackMechanisms()) {
                survey.getCollectedAt().forEach(t -> surveys.putIfAbsent(t.getId(), survey));
            }
        }
    }

    @Override
    public void accept(long caseId, List<LogEvent> events) {
        for (int i = 0; i < events.size(); i++) {
            LogEvent event = events.get(i);
            Counts at = event.touchpointId() == null ? null : counts.get(event.touchpointId());
            if (at == null) {
                continue;
            }
            at.records++;
            if (event.score() != null) {
                at.scored++;
                at.scoreSum += event.score();
                at.maxScore = Math.max(at.maxScore, event.score());
            }
            if (event.status() != null && event.status().toLowerCase(Locale.ROOT).contains("escalat")) {
                at.escalated++;
            }
            if (repeated(events, i)) {
                at.repeats++;
            }
        }
    }

    private static boolean repeated(List<LogEvent> events, int index) {
        LogEvent event = events.get(index);
        for (int j = index + 1; j < events.size() && events.get(j).time() - event.time() <= REPEAT_WINDOW; j++) {
            if (event.touchpointId().equals(events.get(j).touchpointId())) {
                return true;
            }
        }
        return false;
    }

    /** The measured emotion of every touchpoint of the journey, in journey order. */
    public Map<Touchpoint, TouchpointEmotion> result() {
        Map<Touchpoint, TouchpointEmotion> result = new LinkedHashMap<>();
        for (Stage stage : journey.getStages()) {
            for (Touchpoint touchpoint : stage.getTouchpoints()) {
                result.put(touchpoint, emotion(touchpoint, counts.get(touchpoint.getId())));
            }
        }
        return result;
    }

    private TouchpointEmotion emotion(Touchpoint touchpoint, Counts at) {
        if (at.records == 0) {
            return new TouchpointEmotion(null, 0, null, 0, 0);
        }
        Double mean = at.scored == 0 ? null : at.scoreSum / at.scored;
        double repeatShare = (double) at.repeats / at.records;
        double escalatedShare = (double) at.escalated / at.records;
        double fromScore = mean == null ? 0 : onEmotionScale(mean, surveys.get(touchpoint.getId()), at.maxScore);
        double emotion = fromScore - 5 * repeatShare - 5 * escalatedShare;
        emotion = Math.max(EmotionScale.MOST_NEGATIVE, Math.min(EmotionScale.MOST_POSITIVE, emotion));
        return new TouchpointEmotion(Math.round(emotion * 10) / 10.0, at.records, mean, repeatShare, escalatedShare);
    }

    /** {@code score} read on its survey's scale, mapped linearly onto -5..+5. */
    static double onEmotionScale(double score, FeedbackMechanism survey, double maxSeen) {
        double low;
        double high;
        boolean lowIsGood = false;
        if (survey != null && survey.getKind() != null) {
            switch (survey.getKind()) {
                case NPS_SURVEY -> { low = 0; high = 10; }
                case CES_SURVEY -> { low = 1; high = 7; lowIsGood = true; }
                default -> { low = 1; high = 5; }
            }
        } else if (maxSeen > 7) {
            low = 0;
            high = 10;
        } else {
            low = 1;
            high = 5;
        }
        double position = (Math.max(low, Math.min(high, score)) - low) / (high - low);
        return lowIsGood ? 5 - 10 * position : -5 + 10 * position;
    }

    private static final class Counts {
        long records;
        long scored;
        double scoreSum;
        double maxScore = Double.NEGATIVE_INFINITY;
        long repeats;
        long escalated;
    }
}
