package org.cxm.render.internal;

import java.util.ArrayList;
import java.util.List;

import org.cxm.model.Kpi;
import org.cxm.model.query.KpiQuery;
import org.cxm.model.query.KpiStatus;

/** KPIs as badges: name, actual value against target, framed in the colour of their status. */
final class KpiBadges {

    private KpiBadges() {
    }

    static List<CellItem> of(List<Kpi> kpis) {
        List<CellItem> badges = new ArrayList<>();
        for (Kpi kpi : kpis) {
            KpiStatus status = KpiQuery.status(kpi);
            badges.add(new CellItem(label(kpi, status), null, Typography.SMALL, Palette.kpiStatus(status), true,
                    kpi.getId()));
        }
        return badges;
    }

    static String label(Kpi kpi, KpiStatus status) {
        String unit = kpi.getUnit() == null || kpi.getUnit().isBlank() ? "" : " " + kpi.getUnit().strip();
        String actual = kpi.getActual() == null ? "no data" : KpiQuery.format(kpi.getActual()) + unit;
        String target = kpi.getTarget() == null ? "no target" : "target " + KpiQuery.format(kpi.getTarget()) + unit;
        return Lanes.nameOf(kpi.getName()) + ": " + actual + " / " + target + " \u2014 " + describe(status);
    }

    private static String describe(KpiStatus status) {
        return switch (status) {
            case ON_TARGET -> "on target";
            case OFF_TARGET -> "off target";
            case NO_DATA -> "no data";
        };
    }
}
