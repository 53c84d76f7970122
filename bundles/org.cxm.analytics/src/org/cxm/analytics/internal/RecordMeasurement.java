package org.cxm.analytics.internal;

import java.util.List;

import org.cxm.analytics.KpiMeasurement;
import org.cxm.analytics.KpiValue;
import org.cxm.analytics.LogEvent;
import org.cxm.model.KpiMeasure;
import org.cxm.model.MeasureAggregate;
import org.cxm.model.MeasureValue;

/**
 * The measures taken over records: count, share, ratio, average, median, percentile, net promoter score
 * and repeat rate. Durations run from a selected record to the first later record of the same customer
 * that {@code until} selects; a record with no such record has no duration.
 */
public final class RecordMeasurement extends MeasureFilters implements KpiMeasurement {

    private final MeasureAggregate aggregate;

    private final Values values = new Values();

    private long selected;

    private long matched;

    private long perCount;

    public RecordMeasurement(KpiMeasure measure, long endMillis) {
        super(measure, endMillis);
        this.aggregate = measure.getAggregate();
    }

    @Override
    public void accept(long caseId, List<LogEvent> events) {
        for (int i = 0; i < events.size(); i++) {
            LogEvent event = events.get(i);
            if (!inPeriod(event)) {
                continue;
            }
            if (measure.getPer() != null && per.test(event)) {
                perCount++;
            }
            if (records.test(event)) {
                selected++;
                measure(events, i);
            }
        }
    }

    private void measure(List<LogEvent> events, int index) {
        switch (aggregate) {
            case SHARE -> matched += matching.test(events.get(index)) ? 1 : 0;
            case REPEAT_RATE -> matched += (measure.getMatching() != null && matching.test(events.get(index)))
                    || followedWithinWindow(events, index) ? 1 : 0;
            case AVERAGE, MEDIAN, PERCENTILE, NET_PROMOTER -> {
                Double value = value(events, index);
                if (value != null) {
                    values.add(value);
                }
            }
            default -> {
                // counted above
            }
        }
    }

    private Double value(List<LogEvent> events, int index) {
        LogEvent event = events.get(index);
        return switch (aggregate == MeasureAggregate.NET_PROMOTER ? MeasureValue.SURVEY_SCORE
                : measure.getValue()) {
            case SURVEY_SCORE -> event.score();
            case AMOUNT -> event.amount();
            case DURATION -> duration(events, index);
        };
    }

    private Double duration(List<LogEvent> events, int index) {
        LogEvent start = events.get(index);
        for (int j = index + 1; j < events.size(); j++) {
            LogEvent end = events.get(j);
            if (until.test(end)) {
                return (end.time() - start.time()) / (double) Durations.millisOf(measure.getDurationUnit());
            }
        }
        return null;
    }

    private boolean followedWithinWindow(List<LogEvent> events, int index) {
        long at = events.get(index).time();
        for (int j = index + 1; j < events.size(); j++) {
            LogEvent later = events.get(j);
            if (!withinWindow(at, later.time())) {
                return false;
            }
            if (records.test(later)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public KpiValue value() {
        String unit = KpiValue.RECORDS;
        return switch (aggregate) {
            case COUNT -> new KpiValue((double) selected, selected, unit);
            case SHARE, REPEAT_RATE -> selected == 0 ? KpiValue.none(unit)
                    : new KpiValue(measure.getScale() * matched / selected, selected, unit);
            case RATIO -> perCount == 0 ? KpiValue.none(unit)
                    : new KpiValue(measure.getScale() * selected / perCount, selected + perCount, unit);
            case AVERAGE -> values.size() == 0 ? KpiValue.none(unit) : new KpiValue(values.mean(), values.size(), unit);
            case MEDIAN -> percentile(50);
            case PERCENTILE -> percentile(measure.getPercentile() == null ? 50 : measure.getPercentile());
            case NET_PROMOTER -> netPromoter();
            default -> throw new IllegalStateException(aggregate + " is measured per customer");
        };
    }

    private KpiValue percentile(double percentile) {
        return values.size() == 0 ? KpiValue.none(KpiValue.RECORDS)
                : new KpiValue(values.percentile(percentile), values.size(), KpiValue.RECORDS);
    }

    private KpiValue netPromoter() {
        if (values.size() == 0) {
            return KpiValue.none(KpiValue.RECORDS);
        }
        int promoters = 0;
        int detractors = 0;
        for (int i = 0; i < values.size(); i++) {
            double score = values.get(i);
            promoters += score >= measure.getPromoterFrom() ? 1 : 0;
            detractors += score <= measure.getDetractorUpTo() ? 1 : 0;
        }
        return new KpiValue(100.0 * (promoters - detractors) / values.size(), values.size(), KpiValue.RECORDS);
    }
}
