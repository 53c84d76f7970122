package org.cxm.analytics;

import org.cxm.model.Kpi;
import org.cxm.model.query.KpiQuery;
import org.cxm.model.query.KpiStatus;

/**
 * A KPI with the value measured from records.
 *
 * @param kpi the KPI of the model
 * @param value what was measured; {@code null} when the KPI has no measure
 */
public record KpiResult(Kpi kpi, KpiValue value) {

    /** Whether the KPI says how it is measured. */
    public boolean measured() {
        return value != null;
    }

    /** The measured value, or {@code null}. */
    public Double actual() {
        return value == null ? null : value.actual();
    }

    /** Where the measured value stands against the target; {@link KpiStatus#NO_DATA} without both. */
    public KpiStatus status() {
        Double actual = actual();
        if (actual == null || kpi.getTarget() == null) {
            return KpiStatus.NO_DATA;
        }
        return KpiQuery.isAtLeastAsGood(kpi, actual, kpi.getTarget()) ? KpiStatus.ON_TARGET : KpiStatus.OFF_TARGET;
    }
}
