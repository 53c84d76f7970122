package org.cxm.design.services;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Objects;
import java.util.stream.Collectors;

import org.cxm.model.Kpi;
import org.cxm.model.NamedElement;
import org.cxm.model.query.KpiQuery;
import org.cxm.model.query.KpiStatus;

/**
 * The texts both viewpoints show for model elements: names, lists of names, measured values and KPI statuses.
 * Kept in one place so that a KPI reads the same on the journey map and in the KPI table.
 */
final class ElementLabels {

    private ElementLabels() {
    }

    /** The name of {@code element}, or an empty text when there is no element or it has no name. */
    static String nameOf(NamedElement element) {
        return element == null || element.getName() == null ? "" : element.getName();
    }

    /** The names of {@code elements} in their order, separated by commas; unnamed elements are left out. */
    static String joinNames(Collection<? extends NamedElement> elements) {
        return elements.stream()
                .filter(Objects::nonNull)
                .map(ElementLabels::nameOf)
                .filter(name -> !name.isBlank())
                .collect(Collectors.joining(", "));
    }

    /** {@code value} without a useless fraction ("30", "4.2"), or an empty text when it is not measured. */
    static String number(Double value) {
        return value == null ? "" : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** The status name conditional styles test: {@code ON_TARGET}, {@code OFF_TARGET} or {@code NO_DATA}. */
    static String kpiStatus(Kpi kpi) {
        return KpiQuery.status(kpi).name();
    }

    /** The status in words, for people: "On target", "Off target" or "No data". */
    static String kpiStatusText(Kpi kpi) {
        KpiStatus status = KpiQuery.status(kpi);
        return switch (status) {
            case ON_TARGET -> "On target";
            case OFF_TARGET -> "Off target";
            case NO_DATA -> "No data";
        };
    }
}
