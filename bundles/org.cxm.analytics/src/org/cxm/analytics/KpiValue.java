package org.cxm.analytics;

/**
 * A KPI's value as measured from records, and what it rests on.
 *
 * @param actual the measured value, or {@code null} when no record was there to measure
 * @param basis how many records (or customers) the value is computed from
 * @param basisUnit what {@code basis} counts: "records" or "customers"
 */
public record KpiValue(Double actual, long basis, String basisUnit) {

    public static final String RECORDS = "records";

    public static final String CUSTOMERS = "customers";

    /** No value: nothing matched. */
    public static KpiValue none(String basisUnit) {
        return new KpiValue(null, 0, basisUnit);
    }
}
