package org.cxm.analytics;

import org.cxm.analytics.internal.CustomerMeasurement;
import org.cxm.analytics.internal.RecordMeasurement;
import org.cxm.model.KpiMeasure;

/**
 * Measures one KPI while the event log is read: it hears each customer's events once and gives the value
 * at the end. Only counts, and for medians and percentiles the measured values, are kept.
 */
public interface KpiMeasurement extends CaseListener {

    /** The value measured from the events heard so far. */
    KpiValue value();

    /**
     * The measurement of {@code measure} over a period that ends at {@code endMillis} (epoch milliseconds),
     * from which churn and the measure's own period look back.
     */
    static KpiMeasurement of(KpiMeasure measure, long endMillis) {
        return switch (measure.getAggregate()) {
            case CONVERSION, RETENTION, CHURN -> new CustomerMeasurement(measure, endMillis);
            default -> new RecordMeasurement(measure, endMillis);
        };
    }
}
