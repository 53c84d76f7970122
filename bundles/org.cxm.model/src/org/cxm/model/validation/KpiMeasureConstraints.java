package org.cxm.model.validation;

import org.cxm.model.CxmPackage;
import org.cxm.model.Kpi;
import org.cxm.model.KpiMeasure;
import org.cxm.model.MeasureAggregate;
import org.cxm.model.MeasureValue;

/**
 * Rules of how a KPI is measured from records: a KPI without a measure has no live value (a warning), and a
 * measure must have what its aggregate needs: an end record for durations and conversion, records to count
 * against for a ratio, a percentile between 0 and 100, a window for churn.
 */
final class KpiMeasureConstraints {

    private KpiMeasureConstraints() {
    }

    static void check(Kpi kpi, String path, Problems problems) {
        KpiMeasure measure = kpi.getMeasure();
        if (measure == null) {
            problems.report(ValidationRule.KPI_MEASURE_MISSING, kpi, CxmPackage.Literals.KPI__MEASURE,
                    path + " has no measure, so nothing computes its actual value from the customer history;"
                            + " say which records it counts and how (cxm kpi shows the result).");
            return;
        }
        String missing = missing(measure);
        if (missing != null) {
            problems.report(ValidationRule.KPI_MEASURE_INCOMPLETE, kpi, CxmPackage.Literals.KPI__MEASURE,
                    path + " is measured as " + measure.getAggregate().getLiteral() + " but " + missing + ".");
        }
    }

    private static String missing(KpiMeasure measure) {
        MeasureAggregate aggregate = measure.getAggregate();
        boolean ofValues = aggregate == MeasureAggregate.AVERAGE || aggregate == MeasureAggregate.MEDIAN
                || aggregate == MeasureAggregate.PERCENTILE;
        if (ofValues && measure.getValue() == MeasureValue.DURATION && measure.getUntil() == null) {
            return "its durations have no end: set until to the record that ends each one";
        }
        if (aggregate == MeasureAggregate.CONVERSION && measure.getUntil() == null) {
            return "it has no step to reach: set until to the records of the second step";
        }
        if (aggregate == MeasureAggregate.RATIO && measure.getPer() == null) {
            return "it has nothing to count against: set per to the records it is given per (such as orders)";
        }
        if (aggregate == MeasureAggregate.PERCENTILE && (measure.getPercentile() == null
                || measure.getPercentile() < 0 || measure.getPercentile() > 100)) {
            return "its percentile is " + measure.getPercentile() + ": give one from 0 to 100, such as 90";
        }
        if (aggregate == MeasureAggregate.CHURN && measure.getWindowDays() <= 0) {
            return "its window is " + measure.getWindowDays() + " days: give the days without a record after"
                    + " which a customer counts as churned";
        }
        return null;
    }
}
