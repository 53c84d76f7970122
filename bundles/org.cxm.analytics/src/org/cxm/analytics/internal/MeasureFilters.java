package org.cxm.analytics.internal;

import org.cxm.analytics.LogEvent;
import org.cxm.analytics.RecordSelector;
import org.cxm.model.KpiMeasure;

/** The selectors of a KPI measure's filters and the start of its own period, shared by the measurements. */
class MeasureFilters {

    static final long DAY = 86_400_000L;

    final KpiMeasure measure;

    final RecordSelector records;

    final RecordSelector matching;

    final RecordSelector until;

    final RecordSelector per;

    final long endMillis;

    /** Records before this are not measured: the start of the measure's own period, if it has one. */
    final long periodStart;

    /** The measure's window in milliseconds; 0 for no limit. */
    final long windowMillis;

    MeasureFilters(KpiMeasure measure, long endMillis) {
        this.measure = measure;
        this.records = RecordSelector.of(measure.getRecords());
        this.matching = RecordSelector.of(measure.getMatching());
        this.until = RecordSelector.of(measure.getUntil());
        this.per = RecordSelector.of(measure.getPer());
        this.endMillis = endMillis;
        this.periodStart = measure.getPeriodDays() > 0 ? endMillis - measure.getPeriodDays() * DAY : Long.MIN_VALUE;
        this.windowMillis = Math.max(0, measure.getWindowDays()) * DAY;
    }

    boolean inPeriod(LogEvent event) {
        return event.time() >= periodStart;
    }

    /** Whether {@code laterMillis} is within the measure's window after {@code millis}. */
    boolean withinWindow(long millis, long laterMillis) {
        return windowMillis == 0 || laterMillis - millis <= windowMillis;
    }
}
