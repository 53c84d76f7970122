package org.cxm.analytics;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cxm.model.CxModel;
import org.cxm.model.Journey;
import org.cxm.model.Kpi;

/**
 * Measures every KPI of a model that has a measure, all in one reading of the event log: give it to
 * {@link EventLog#scan} (with other listeners, if any), then ask for the {@link #results()}.
 */
public final class KpiEvaluation implements CaseListener {

    private final Map<Kpi, KpiMeasurement> measurements = new LinkedHashMap<>();

    private final List<Kpi> kpis = new ArrayList<>();

    /** Measures the KPIs of {@code model} over {@code window}; an open end is {@code now}. */
    public KpiEvaluation(CxModel model, LogWindow window, Instant now) {
        long end = window.endMillis(now);
        for (Journey journey : model.getJourneys()) {
            for (Kpi kpi : journey.getKpis()) {
                kpis.add(kpi);
                if (kpi.getMeasure() != null && kpi.getMeasure().getAggregate() != null) {
                    measurements.put(kpi, KpiMeasurement.of(kpi.getMeasure(), end));
                }
            }
        }
    }

    /** Reads {@code log} over {@code window} and returns every KPI of {@code model} with its measured value. */
    public static List<KpiResult> measure(CxModel model, EventLog log, LogWindow window, Instant now) {
        KpiEvaluation evaluation = new KpiEvaluation(model, window, now);
        log.scan(window, List.of(evaluation));
        return evaluation.results();
    }

    @Override
    public void accept(long caseId, List<LogEvent> events) {
        for (KpiMeasurement measurement : measurements.values()) {
            measurement.accept(caseId, events);
        }
    }

    /** Every KPI of the model in model order, measured or not. */
    public List<KpiResult> results() {
        List<KpiResult> results = new ArrayList<>();
        for (Kpi kpi : kpis) {
            KpiMeasurement measurement = measurements.get(kpi);
            results.add(new KpiResult(kpi, measurement == null ? null : measurement.value()));
        }
        return results;
    }

    /**
     * Writes the measured values into the KPIs' {@code actual} (in memory; the model is not saved), so that
     * views which show a KPI's status show the live one. KPIs without a measure keep the value they have;
     * measured values are rounded to two decimals.
     */
    public static void applyActuals(List<KpiResult> results) {
        for (KpiResult result : results) {
            if (result.measured()) {
                Double actual = result.actual();
                result.kpi().setActual(actual == null ? null : Math.round(actual * 100) / 100.0);
            }
        }
    }
}
