package org.cxm.render.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.cxm.model.Channel;
import org.cxm.model.Kpi;
import org.cxm.model.MomentOfDelight;
import org.cxm.model.Opportunity;
import org.cxm.model.PainPoint;
import org.cxm.model.ServiceAction;
import org.cxm.model.Touchpoint;
import org.cxm.render.JourneyView;

/** The lanes of each view and what each lane shows for a touchpoint. */
final class Lanes {

    private static final String BULLET = "\u25CF";

    private static final String STAR = "\u2605";

    private static final String CHECK = "\u2714";

    private static final String DIAMOND = "\u25C6";

    private Lanes() {
    }

    /**
     * The lanes of {@code view}. Opportunities and KPIs are placed in the columns of the touchpoints
     * they concern, as {@code placements} gives them.
     */
    static List<Lane> of(JourneyView view, Placements placements) {
        return switch (view) {
            case MAP -> List.of(Lane.text("Touchpoints", Lanes::touchpoint),
                    Lane.text("Customer actions", t -> optional(t.getCustomerAction())),
                    Lane.text("Thoughts", Lanes::thoughts),
                    Lane.emotionCurve("Emotions", 170),
                    Lane.text("Pain points", Lanes::painPoints),
                    Lane.text("Moments of truth & delight", Lanes::momentsAndDelights),
                    Lane.text("Opportunities", t -> opportunities(placements.opportunitiesAt(t))),
                    Lane.text("KPIs", t -> KpiBadges.of(placements.kpisAt(t))));
            case BLUEPRINT -> List.of(Lane.text("Customer actions", t -> optional(t.getCustomerAction())),
                    Lane.text("Touchpoints", Lanes::touchpoint),
                    Lane.divider("Line of interaction"),
                    Lane.text("Frontstage actions", t -> serviceActions(t.getFrontstageActions())),
                    Lane.divider("Line of visibility"),
                    Lane.text("Backstage actions", t -> serviceActions(t.getBackstageActions())),
                    Lane.divider("Line of internal interaction"),
                    Lane.text("Support processes", t -> serviceActions(t.getSupportProcesses())));
            case EMOTION -> List.of(Lane.text("Touchpoints", Lanes::touchpoint),
                    Lane.emotionCurve("Emotions", 280),
                    Lane.text("Thoughts", Lanes::thoughts),
                    Lane.text("Pain points", Lanes::painPoints));
        };
    }

    static List<CellItem> touchpoint(Touchpoint touchpoint) {
        List<CellItem> items = new ArrayList<>();
        Channel channel = touchpoint.getChannel();
        if (channel != null) {
            String mode = channel.getMode() == null ? "" : " \u00B7 " + channel.getMode().getLiteral();
            items.add(new CellItem(channel.getName() + mode, BULLET, Typography.SMALL,
                    Palette.channel(channel.getKind()), false, null));
        }
        items.add(new CellItem(nameOf(touchpoint.getName()), null, Typography.NAME, Palette.TEXT, false,
                touchpoint.getId()));
        if (touchpoint.isMomentOfTruth()) {
            items.add(new CellItem("Moment of truth", STAR, Typography.SMALL, Palette.MOMENT_OF_TRUTH, false, null));
        }
        return items;
    }

    private static List<CellItem> thoughts(Touchpoint touchpoint) {
        String thoughts = touchpoint.getThoughts();
        if (thoughts == null || thoughts.isBlank()) {
            return List.of();
        }
        return List.of(new CellItem("\u201C" + thoughts.strip() + "\u201D", null, Typography.QUOTE, Palette.TEXT,
                false, null));
    }

    private static List<CellItem> painPoints(Touchpoint touchpoint) {
        List<CellItem> items = new ArrayList<>();
        for (PainPoint pain : touchpoint.getPainPoints()) {
            String severity = pain.getSeverity() == null ? "" : " (" + pain.getSeverity().getLiteral() + ")";
            items.add(CellItem.marked(BULLET, Palette.PAIN, nameOf(pain.getName()) + severity, pain.getId()));
        }
        return items;
    }

    private static List<CellItem> momentsAndDelights(Touchpoint touchpoint) {
        List<CellItem> items = new ArrayList<>();
        if (touchpoint.isMomentOfTruth()) {
            items.add(CellItem.marked(STAR, Palette.MOMENT_OF_TRUTH, "Moment of truth", null));
        }
        for (MomentOfDelight delight : touchpoint.getDelights()) {
            items.add(CellItem.marked(CHECK, Palette.DELIGHT, nameOf(delight.getName()), delight.getId()));
        }
        return items;
    }

    private static List<CellItem> opportunities(List<Opportunity> opportunities) {
        List<CellItem> items = new ArrayList<>();
        for (Opportunity opportunity : opportunities) {
            StringBuilder text = new StringBuilder(nameOf(opportunity.getName()));
            if (opportunity.getOwner() != null) {
                text.append(" \u2014 ").append(opportunity.getOwner().getName());
            }
            if (opportunity.getPriority() != null) {
                text.append(", ").append(opportunity.getPriority().getLiteral()).append(" priority");
            }
            items.add(CellItem.marked(DIAMOND, Palette.OPPORTUNITY, text.toString(), opportunity.getId()));
        }
        return items;
    }

    private static List<CellItem> serviceActions(List<ServiceAction> actions) {
        List<CellItem> items = new ArrayList<>();
        for (ServiceAction action : actions) {
            StringBuilder text = new StringBuilder(nameOf(action.getName()));
            List<String> details = new ArrayList<>();
            if (action.getOwner() != null) {
                details.add(action.getOwner().getName());
            }
            if (action.getSystem() != null && !action.getSystem().isBlank()) {
                details.add(action.getSystem());
            }
            if (!details.isEmpty()) {
                text.append(" (").append(String.join(", ", details)).append(')');
            }
            items.add(CellItem.marked(BULLET, Palette.MUTED_TEXT, text.toString(), action.getId()));
        }
        return items;
    }

    private static List<CellItem> optional(String text) {
        return text == null || text.isBlank() ? List.of() : List.of(CellItem.plain(text.strip()));
    }

    static String nameOf(String name) {
        return name == null || name.isBlank() ? "(unnamed)" : name.strip();
    }

    /** Where the opportunities and KPIs of a journey are shown. */
    record Placements(Map<Touchpoint, List<Opportunity>> opportunities, Map<Touchpoint, List<Kpi>> kpis) {

        List<Opportunity> opportunitiesAt(Touchpoint touchpoint) {
            return opportunities.getOrDefault(touchpoint, List.of());
        }

        List<Kpi> kpisAt(Touchpoint touchpoint) {
            return kpis.getOrDefault(touchpoint, List.of());
        }
    }
}
