package org.cxm.model.query;

/** Where a KPI's latest measured value stands against its target. */
public enum KpiStatus {
    ON_TARGET,
    OFF_TARGET,
    NO_DATA
}
