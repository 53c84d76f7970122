package org.cxm.render.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cxm.model.Journey;
import org.cxm.model.Kpi;
import org.cxm.model.Opportunity;
import org.cxm.model.PainPoint;
import org.cxm.model.Persona;
import org.cxm.model.Stage;
import org.cxm.model.Touchpoint;
import org.cxm.model.query.KpiQuery;
import org.cxm.render.JourneyView;

/**
 * The geometry of a rendered journey: one column per touchpoint grouped under its stage, lanes as rows,
 * a title band on top and a legend below. Columns have a fixed width and rows grow with their text, so a
 * journey of a hundred touchpoints is as legible as one of five, only wider.
 */
final class JourneyGrid {

    static final int GUTTER = 170;

    static final int COLUMN = 210;

    static final int PAD = 10;

    static final int LEGEND = 64;

    /** The width of one badge or opportunity in the title band, where they stand side by side. */
    static final int TITLE_SLOT = 400;

    private static final int MIN_WIDTH = GUTTER + 4 * COLUMN;

    /** A column: a touchpoint in its stage, or an empty stage (touchpoint {@code null}). */
    record Column(Stage stage, Touchpoint touchpoint) {
    }

    final Journey journey;

    final List<Column> columns = new ArrayList<>();

    final List<Lane> lanes;

    final int[] laneHeights;

    final List<CellItem> journeyItems = new ArrayList<>();

    final Map<Stage, List<CellItem>> stageItems = new LinkedHashMap<>();

    final int titleHeight;

    final int headerHeight;

    final int width;

    final int height;

    /** The emotion measured from records per touchpoint id, drawn as a second curve; empty for none. */
    final Map<String, Double> measuredEmotions;

    JourneyGrid(Journey journey, JourneyView view, CellPainter cells, Map<String, Double> measuredEmotions) {
        this.journey = journey;
        this.measuredEmotions = Map.copyOf(measuredEmotions);
        for (Stage stage : journey.getStages()) {
            if (stage.getTouchpoints().isEmpty()) {
                columns.add(new Column(stage, null));
            }
            stage.getTouchpoints().forEach(touchpoint -> columns.add(new Column(stage, touchpoint)));
        }
        Lanes.Placements placements = place(journey);
        lanes = Lanes.of(view, placements);
        width = Math.max(MIN_WIDTH, GUTTER + Math.max(1, columns.size()) * COLUMN);
        titleHeight = titleHeight(cells);
        headerHeight = headerHeight(cells);
        laneHeights = new int[lanes.size()];
        int total = titleHeight + headerHeight;
        for (int i = 0; i < lanes.size(); i++) {
            laneHeights[i] = laneHeight(lanes.get(i), cells);
            total += laneHeights[i];
        }
        height = total + LEGEND;
    }

    /** The x coordinate of column {@code index}. */
    int columnX(int index) {
        return GUTTER + index * COLUMN;
    }

    /** The y coordinate of lane {@code index}. */
    int laneY(int index) {
        int y = titleHeight + headerHeight;
        for (int i = 0; i < index; i++) {
            y += laneHeights[i];
        }
        return y;
    }

    /** Indexes of the first and last column of {@code stage}. */
    int[] columnSpan(Stage stage) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).stage() == stage) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        return new int[] { first, last };
    }

    String subtitle() {
        List<String> parts = new ArrayList<>();
        if (journey.getMapType() != null) {
            parts.add(Words.mapType(journey.getMapType()));
        }
        List<String> personas = journey.getPersonas().stream().map(Persona::getName).toList();
        if (!personas.isEmpty()) {
            parts.add("for " + String.join(", ", personas));
        }
        if (journey.getOwner() != null) {
            parts.add("owned by " + journey.getOwner().getName());
        }
        return String.join(" \u00B7 ", parts);
    }

    private int titleHeight(CellPainter cells) {
        journeyItems.addAll(KpiBadges.of(kpisScopedTo(null)));
        int itemsHeight = cells.measureFlow(journeyItems, width - 2 * PAD, TITLE_SLOT);
        return 2 * PAD + 30 + 22 + (itemsHeight > 0 ? itemsHeight + PAD : 0);
    }

    private int headerHeight(CellPainter cells) {
        int tallest = 0;
        for (Stage stage : journey.getStages()) {
            List<CellItem> items = new ArrayList<>();
            items.add(new CellItem(Lanes.nameOf(stage.getName()), null, Typography.HEADER, Palette.TEXT, false,
                    stage.getId()));
            if (stage.getCustomerGoal() != null && !stage.getCustomerGoal().isBlank()) {
                items.add(new CellItem("Goal: " + stage.getCustomerGoal().strip(), null, Typography.SMALL,
                        Palette.TEXT, false, null));
            }
            items.addAll(KpiBadges.of(kpisScopedTo(stage)));
            stageItems.put(stage, items);
            int[] span = columnSpan(stage);
            tallest = Math.max(tallest, cells.measure(items, (span[1] - span[0] + 1) * COLUMN - 2 * PAD));
        }
        return tallest + 2 * PAD;
    }

    private int laneHeight(Lane lane, CellPainter cells) {
        if (lane.kind() != Lane.Kind.TEXT) {
            return lane.height();
        }
        int tallest = 0;
        for (Column column : columns) {
            if (column.touchpoint() != null) {
                tallest = Math.max(tallest, cells.measure(lane.content().apply(column.touchpoint()), COLUMN - 2 * PAD));
            }
        }
        return Math.max(34, tallest + 2 * PAD);
    }

    /** KPIs scoped to {@code stage}, or to the journey itself when {@code stage} is {@code null}. */
    private List<Kpi> kpisScopedTo(Stage stage) {
        return journey.getKpis().stream()
                .filter(kpi -> stage == null ? KpiQuery.effectiveScope(kpi) == journey : kpi.getScope() == stage)
                .toList();
    }

    private Lanes.Placements place(Journey journey) {
        Map<Touchpoint, List<Opportunity>> opportunities = new LinkedHashMap<>();
        for (Opportunity opportunity : journey.getOpportunities()) {
            List<Touchpoint> at = new ArrayList<>(opportunity.getTouchpoints());
            for (PainPoint pain : opportunity.getPainPoints()) {
                if (pain.eContainer() instanceof Touchpoint touchpoint && !at.contains(touchpoint)) {
                    at.add(touchpoint);
                }
            }
            at.forEach(touchpoint -> opportunities.computeIfAbsent(touchpoint, t -> new ArrayList<>()).add(opportunity));
            if (at.isEmpty()) {
                journeyItems.add(CellItem.marked("\u25C6", Palette.OPPORTUNITY, Lanes.nameOf(opportunity.getName()),
                        opportunity.getId()));
            }
        }
        Map<Touchpoint, List<Kpi>> kpis = new LinkedHashMap<>();
        for (Kpi kpi : journey.getKpis()) {
            if (kpi.getScope() instanceof Touchpoint touchpoint) {
                kpis.computeIfAbsent(touchpoint, t -> new ArrayList<>()).add(kpi);
            }
        }
        return new Lanes.Placements(opportunities, kpis);
    }
}
