package org.cxm.analytics;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.cxm.model.Channel;
import org.cxm.model.DataSource;
import org.cxm.model.RecordFilter;
import org.cxm.model.RecordKind;
import org.cxm.model.RecordSource;
import org.cxm.model.Stage;
import org.cxm.model.Touchpoint;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * A {@link RecordFilter} of the model made ready to test events: the ids and names it accepts, in sets.
 * A stage accepts records classified to the stage or to one of its touchpoints; a channel accepts records
 * classified to the channel or to a touchpoint on it.
 */
public final class RecordSelector {

    private static final RecordSelector ALL = new RecordSelector(null);

    private final Set<String> sources = new HashSet<>();

    private final Set<String> kinds = new HashSet<>();

    private final Set<String> statuses = new HashSet<>();

    private final Set<String> directions = new HashSet<>();

    private final Set<String> touchpoints = new HashSet<>();

    private final Set<String> stages = new HashSet<>();

    private final Set<String> stageTouchpoints = new HashSet<>();

    private final Set<String> channels = new HashSet<>();

    private final Set<String> channelTouchpoints = new HashSet<>();

    private final Double minScore;

    private final Double maxScore;

    private RecordSelector(RecordFilter filter) {
        minScore = filter == null ? null : filter.getMinScore();
        maxScore = filter == null ? null : filter.getMaxScore();
        if (filter == null) {
            return;
        }
        for (RecordSource source : filter.getRecordSources()) {
            DataSource system = source.eContainer() instanceof DataSource d ? d : null;
            sources.add(key(system == null ? null : system.getName(), source.getName()));
        }
        filter.getKinds().stream().map(RecordKind::getLiteral).forEach(kinds::add);
        filter.getStatuses().stream().map(RecordSelector::lower).forEach(statuses::add);
        filter.getDirections().stream().map(RecordSelector::lower).forEach(directions::add);
        filter.getTouchpoints().stream().map(Touchpoint::getId).forEach(touchpoints::add);
        for (Stage stage : filter.getStages()) {
            stages.add(stage.getId());
            stage.getTouchpoints().stream().map(Touchpoint::getId).forEach(stageTouchpoints::add);
        }
        for (Channel channel : filter.getChannels()) {
            channels.add(channel.getId());
        }
        if (!channels.isEmpty()) {
            EcoreUtil.getRootContainer(filter).eAllContents().forEachRemaining(element -> {
                if (element instanceof Touchpoint t && t.getChannel() != null
                        && channels.contains(t.getChannel().getId())) {
                    channelTouchpoints.add(t.getId());
                }
            });
        }
    }

    /** The selector of {@code filter}; without a filter, every record. */
    public static RecordSelector of(RecordFilter filter) {
        return filter == null ? ALL : new RecordSelector(filter);
    }

    /** Whether {@code event} meets every criterion that is set. */
    public boolean test(LogEvent event) {
        return (sources.isEmpty() || sources.contains(key(event.system(), event.recordSource())))
                && (kinds.isEmpty() || kinds.contains(event.kind()))
                && (statuses.isEmpty() || statuses.contains(lower(event.status())))
                && (directions.isEmpty() || directions.contains(lower(event.direction())))
                && (touchpoints.isEmpty() || touchpoints.contains(event.touchpointId()))
                && (stages.isEmpty() || stages.contains(event.stageId())
                        || stageTouchpoints.contains(event.touchpointId()))
                && (channels.isEmpty() || channels.contains(event.channelId())
                        || channelTouchpoints.contains(event.touchpointId()))
                && scoreWithin(event.score());
    }

    private boolean scoreWithin(Double score) {
        if (minScore == null && maxScore == null) {
            return true;
        }
        return score != null && (minScore == null || score >= minScore) && (maxScore == null || score <= maxScore);
    }

    private static String key(String system, String recordSource) {
        return system + "\u0000" + recordSource;
    }

    private static String lower(String text) {
        return text == null ? null : text.strip().toLowerCase(Locale.ROOT);
    }
}
