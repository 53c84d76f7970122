package org.cxm.analytics.internal;

import java.util.List;

import org.cxm.analytics.KpiMeasurement;
import org.cxm.analytics.KpiValue;
import org.cxm.analytics.LogEvent;
import org.cxm.model.KpiMeasure;
import org.cxm.model.MeasureAggregate;

/**
 * The measures taken over customers, each a share of the customers with a record that {@code records}
 * selects: conversion (who then reached a record {@code until} selects, at or after their first), retention
 * (whose first such record was followed by another within the window) and churn (whose last such record is
 * more than the window's days before the end of the period).
 */
public final class CustomerMeasurement extends MeasureFilters implements KpiMeasurement {

    private final MeasureAggregate aggregate;

    private long customers;

    private long counted;

    public CustomerMeasurement(KpiMeasure measure, long endMillis) {
        super(measure, endMillis);
        this.aggregate = measure.getAggregate();
    }

    @Override
    public void accept(long caseId, List<LogEvent> events) {
        int first = -1;
        int last = -1;
        int second = -1;
        for (int i = 0; i < events.size(); i++) {
            LogEvent event = events.get(i);
            if (inPeriod(event) && records.test(event)) {
                if (first < 0) {
                    first = i;
                } else if (second < 0) {
                    second = i;
                }
                last = i;
            }
        }
        if (first < 0) {
            return;
        }
        customers++;
        boolean counts = switch (aggregate) {
            case CONVERSION -> reached(events, first);
            case RETENTION -> second >= 0 && withinWindow(events.get(first).time(), events.get(second).time());
            case CHURN -> endMillis - events.get(last).time() > windowMillis;
            default -> throw new IllegalStateException(aggregate + " is measured per record");
        };
        counted += counts ? 1 : 0;
    }

    private boolean reached(List<LogEvent> events, int from) {
        for (int j = from; j < events.size(); j++) {
            if (inPeriod(events.get(j)) && until.test(events.get(j))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public KpiValue value() {
        return customers == 0 ? KpiValue.none(KpiValue.CUSTOMERS)
                : new KpiValue(measure.getScale() * counted / customers, customers, KpiValue.CUSTOMERS);
    }
}
