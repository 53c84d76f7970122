package org.cxm.design.services;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.cxm.model.Channel;
import org.cxm.model.ChannelMode;
import org.cxm.model.CxModel;
import org.cxm.model.Journey;
import org.cxm.model.Kpi;
import org.cxm.model.Persona;
import org.cxm.model.ServiceAction;
import org.cxm.model.Stage;
import org.cxm.model.Touchpoint;
import org.cxm.model.query.JourneyQuery;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;

/**
 * The services of the "Journey Mapping" viewpoint (journey map, service blueprint, personas, channel matrix and
 * their validation), called from the {@code aql:} expressions of {@code description/cxm.odesign}. Sirius creates
 * one instance and calls {@code self.service(args)} as {@code service(self, args)}.
 */
public class JourneyMappingServices {

    /** Marks moments of truth in labels: the node's colour already stands for its channel. */
    private static final String MOMENT_OF_TRUTH_MARK = "\u2605 ";

    private static final String BULLET = "\u2022 ";

    public JourneyMappingServices() {
        // Sirius instantiates service classes through their public no-argument constructor.
    }

    /** Every touchpoint of {@code journey}, stage by stage, in the order the customer meets them. */
    public List<Touchpoint> touchpointsInOrder(Journey journey) {
        return JourneyQuery.touchpoints(journey);
    }

    /**
     * The touchpoint the customer meets after {@code touchpoint}: the next one of its stage, or the first one of the
     * following stages; {@code null} for the last touchpoint of the journey. Draws the emotion curve.
     */
    public Touchpoint nextTouchpoint(Touchpoint touchpoint) {
        Journey journey = JourneyQuery.journeyOf(touchpoint);
        if (journey == null) {
            return null;
        }
        List<Touchpoint> touchpoints = JourneyQuery.touchpoints(journey);
        int next = touchpoints.indexOf(touchpoint) + 1;
        return next > 0 && next < touchpoints.size() ? touchpoints.get(next) : null;
    }

    /**
     * The touchpoint card: its position in the journey, a star for a moment of truth and its name on the first line
     * ("3. \u2605 Verify identity"), the channel on the second.
     */
    public String touchpointLabel(Touchpoint touchpoint) {
        return heading(touchpoint) + "\n" + channelLabel(touchpoint);
    }

    /** "Mobile app (online)", or "no channel" so that the gap shows on the map. */
    public String channelLabel(Touchpoint touchpoint) {
        Channel channel = touchpoint.getChannel();
        if (channel == null) {
            return "no channel";
        }
        return ElementLabels.nameOf(channel) + " (" + channel.getMode().getLiteral() + ")";
    }

    /** The kind of the touchpoint's channel as conditional styles test it ("WEB", "PHONE"...), "NONE" without one. */
    public String channelKind(Touchpoint touchpoint) {
        Channel channel = touchpoint.getChannel();
        return channel == null || channel.getKind() == null ? "NONE" : channel.getKind().getName();
    }

    /** Whether the touchpoint happens on a physical channel; touchpoints without a channel are neither. */
    public boolean isOffline(Touchpoint touchpoint) {
        return touchpoint.getChannel() != null && touchpoint.getChannel().getMode() == ChannelMode.OFFLINE;
    }

    /** Whether the touchpoint happens on a digital channel; touchpoints without a channel are neither. */
    public boolean isOnline(Touchpoint touchpoint) {
        return touchpoint.getChannel() != null && touchpoint.getChannel().getMode() == ChannelMode.ONLINE;
    }

    /** "negative" below 0, "neutral" at 0, "positive" above: the colour band of the emotion curve. */
    public String emotionBand(Touchpoint touchpoint) {
        int emotion = touchpoint.getEmotion();
        return emotion < 0 ? "negative" : emotion == 0 ? "neutral" : "positive";
    }

    /** The score with its sign and the feeling: "+3 delighted", "-2 frustrated", "0". */
    public String emotionLabel(Touchpoint touchpoint) {
        int emotion = touchpoint.getEmotion();
        String score = emotion == 0 ? "0" : String.format("%+d", emotion);
        String feeling = touchpoint.getFeeling();
        return feeling == null || feeling.isBlank() ? score : score + " " + feeling;
    }

    /** How the emotion changes to the next touchpoint: "rising", "falling", "steady", or "none" at the end. */
    public String emotionTrend(Touchpoint touchpoint) {
        Touchpoint next = nextTouchpoint(touchpoint);
        if (next == null) {
            return "none";
        }
        int change = Integer.compare(next.getEmotion(), touchpoint.getEmotion());
        return change > 0 ? "rising" : change < 0 ? "falling" : "steady";
    }

    /** The blueprint's customer-action card: the touchpoint's heading, then what the customer does. */
    public String customerActionLabel(Touchpoint touchpoint) {
        String action = touchpoint.getCustomerAction();
        return action == null || action.isBlank() ? heading(touchpoint) : heading(touchpoint) + "\n" + action;
    }

    /** A blueprint step: its name, and below it the IT system it uses in brackets, such as "[Salesforce]". */
    public String serviceActionLabel(ServiceAction action) {
        String system = action.getSystem();
        String name = ElementLabels.nameOf(action);
        return system == null || system.isBlank() ? name : name + "\n[" + system + "]";
    }

    /** {@code ON_TARGET}, {@code OFF_TARGET} or {@code NO_DATA}, for the colours of KPI badges. */
    public String kpiStatus(Kpi kpi) {
        return ElementLabels.kpiStatus(kpi);
    }

    /** The KPI badge: its name, then "18 / target 30 points" or "no data / target 30 points". */
    public String kpiLabel(Kpi kpi) {
        String actual = kpi.getActual() == null ? "no data" : ElementLabels.number(kpi.getActual());
        String target = kpi.getTarget() == null ? "no target" : "target " + ElementLabels.number(kpi.getTarget());
        String unit = kpi.getUnit() == null || kpi.getUnit().isBlank() ? "" : " " + kpi.getUnit();
        return ElementLabels.nameOf(kpi) + "\n" + actual + " / " + target + unit;
    }

    /** The journey {@code element} belongs to (itself for a journey): where tools put the KPIs they create. */
    public Journey owningJourney(EObject element) {
        return JourneyQuery.journeyOf(element);
    }

    /** The journeys of the persona's model that are mapped for {@code persona}, in model order. */
    public List<Journey> journeysOf(Persona persona) {
        if (!(persona.eContainer() instanceof CxModel model)) {
            return List.of();
        }
        return model.getJourneys().stream().filter(journey -> journey.getPersonas().contains(persona)).toList();
    }

    /** "Goals" and one bulleted line per goal of the persona. */
    public String goalsLabel(Persona persona) {
        return bulleted("Goals", persona.getGoals());
    }

    /** "Needs" and one bulleted line per need of the persona. */
    public String needsLabel(Persona persona) {
        return bulleted("Needs", persona.getNeeds());
    }

    /** "Frustrations" and one bulleted line per frustration of the persona. */
    public String frustrationsLabel(Persona persona) {
        return bulleted("Frustrations", persona.getFrustrations());
    }

    /** The channels of the model that owns {@code journey}: the columns of the channel matrix. */
    public List<Channel> modelChannels(Journey journey) {
        return journey.eContainer() instanceof CxModel model ? model.getChannels() : List.of();
    }

    /** The channels the touchpoints of {@code stage} happen on, each once, in the order they first appear. */
    public List<Channel> channelsUsed(Stage stage) {
        Set<Channel> channels = new LinkedHashSet<>();
        for (Touchpoint touchpoint : stage.getTouchpoints()) {
            if (touchpoint.getChannel() != null) {
                channels.add(touchpoint.getChannel());
            }
        }
        return List.copyOf(channels);
    }

    /** The touchpoints of {@code stage} that happen on {@code channel}, in order. */
    public List<Touchpoint> touchpointsOn(Stage stage, Channel channel) {
        return stage.getTouchpoints().stream().filter(touchpoint -> touchpoint.getChannel() == channel).toList();
    }

    /** A cell of the channel matrix: how many touchpoints and which, "2: Compare tiers, Visit a branch". */
    public String channelCellLabel(Stage stage, Channel channel) {
        List<Touchpoint> touchpoints = touchpointsOn(stage, channel);
        return touchpoints.isEmpty() ? "" : touchpoints.size() + ": " + ElementLabels.joinNames(touchpoints);
    }

    /** Whether the CXM validator reports no error about {@code element} itself. */
    public boolean passesCxmRules(EObject element) {
        return SelfValidation.messages(element, Diagnostic.ERROR).isEmpty();
    }

    /** The validator's error messages about {@code element}, one after the other. */
    public String cxmProblems(EObject element) {
        return String.join(" ", SelfValidation.messages(element, Diagnostic.ERROR));
    }

    /** Whether the CXM validator reports no warning about {@code element} itself. */
    public boolean hasNoCxmWarnings(EObject element) {
        return SelfValidation.messages(element, Diagnostic.WARNING).isEmpty();
    }

    /** The validator's warning messages about {@code element}, one after the other. */
    public String cxmWarnings(EObject element) {
        return String.join(" ", SelfValidation.messages(element, Diagnostic.WARNING));
    }

    /** The position in the journey, the moment-of-truth star and the name: "3. \u2605 Verify identity". */
    private static String heading(Touchpoint touchpoint) {
        Journey journey = JourneyQuery.journeyOf(touchpoint);
        int position = journey == null ? 0 : JourneyQuery.touchpoints(journey).indexOf(touchpoint) + 1;
        String number = position > 0 ? position + ". " : "";
        String mark = touchpoint.isMomentOfTruth() ? MOMENT_OF_TRUTH_MARK : "";
        return number + mark + ElementLabels.nameOf(touchpoint);
    }

    private static String bulleted(String heading, List<String> items) {
        if (items.isEmpty()) {
            return heading + ": none yet";
        }
        StringBuilder text = new StringBuilder(heading);
        items.forEach(item -> text.append('\n').append(BULLET).append(item));
        return text.toString();
    }
}
