package org.cxm.model.query;

import org.cxm.model.Journey;
import org.cxm.model.Kpi;
import org.cxm.model.KpiDirection;
import org.cxm.model.KpiScope;
import org.eclipse.emf.ecore.EObject;

/** Derived facts about a KPI: its status, its effective scope, how target and benchmark compare. */
public final class KpiQuery {

    private KpiQuery() {
    }

    /** Compares the actual value with the target; {@link KpiStatus#NO_DATA} when either is missing. */
    public static KpiStatus status(Kpi kpi) {
        if (kpi.getActual() == null || kpi.getTarget() == null) {
            return KpiStatus.NO_DATA;
        }
        return isAtLeastAsGood(kpi, kpi.getActual(), kpi.getTarget()) ? KpiStatus.ON_TARGET : KpiStatus.OFF_TARGET;
    }

    /** Whether {@code value} is as good as {@code reference} or better, given the KPI's direction. */
    public static boolean isAtLeastAsGood(Kpi kpi, double value, double reference) {
        return kpi.getDirection() == KpiDirection.LOWER_IS_BETTER ? value <= reference : value >= reference;
    }

    /** The journey that owns {@code kpi}, or {@code null} when it is not in a journey. */
    public static Journey journeyOf(Kpi kpi) {
        return JourneyQuery.journeyOf(kpi);
    }

    /** The scope the KPI measures: its explicit scope, or the journey that owns it. */
    public static KpiScope effectiveScope(Kpi kpi) {
        return kpi.getScope() != null ? kpi.getScope() : journeyOf(kpi);
    }

    /** A KPI value as people write it: 45 rather than 45.0, 12.5 as it is. */
    public static String format(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value)
                : String.valueOf(value);
    }

    /** Whether {@code scope} lies in {@code journey}: the journey itself or one of its stages or touchpoints. */
    public static boolean isWithin(KpiScope scope, Journey journey) {
        for (EObject current = scope; current != null; current = current.eContainer()) {
            if (current == journey) {
                return true;
            }
        }
        return false;
    }
}
