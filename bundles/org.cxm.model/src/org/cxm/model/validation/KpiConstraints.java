package org.cxm.model.validation;

import org.cxm.model.CxmPackage;
import org.cxm.model.Journey;
import org.cxm.model.Kpi;
import org.cxm.model.KpiDirection;
import org.cxm.model.query.ElementPath;
import org.cxm.model.query.KpiQuery;

/**
 * Rules of a KPI: it has a target, the target is not worse than the benchmark it is compared with, and
 * it measures something in its own journey; how it is measured is {@link KpiMeasureConstraints}'.
 */
final class KpiConstraints {

    private KpiConstraints() {
    }

    static void check(Kpi kpi, Problems problems) {
        String path = CxmValidator.capitalized(ElementPath.describe(kpi));
        Double target = kpi.getTarget();
        if (target == null) {
            problems.report(ValidationRule.KPI_TARGET_MISSING, kpi, CxmPackage.Literals.KPI__TARGET,
                    path + " has no target; set the value the owner commits to reach.");
        } else if (kpi.getBenchmark() != null && !KpiQuery.isAtLeastAsGood(kpi, target, kpi.getBenchmark())) {
            boolean lowerIsBetter = kpi.getDirection() == KpiDirection.LOWER_IS_BETTER;
            problems.report(ValidationRule.KPI_TARGET_BEHIND_BENCHMARK, kpi, CxmPackage.Literals.KPI__TARGET,
                    path + " aims for " + KpiQuery.format(target) + " but its benchmark is "
                            + KpiQuery.format(kpi.getBenchmark())
                            + "; as " + (lowerIsBetter ? "lower" : "higher") + " is better, the target should be "
                            + (lowerIsBetter ? "at most" : "at least") + " the benchmark. Fix the target, the"
                            + " benchmark or the direction.");
        }
        KpiMeasureConstraints.check(kpi, path, problems);
        Journey journey = KpiQuery.journeyOf(kpi);
        if (kpi.getScope() != null && journey != null && !kpi.getScope().eIsProxy()
                && !KpiQuery.isWithin(kpi.getScope(), journey)) {
            problems.report(ValidationRule.KPI_SCOPE_OUTSIDE_JOURNEY, kpi, CxmPackage.Literals.KPI__SCOPE,
                    path + " measures " + ElementPath.of(kpi.getScope()) + ", which is not part of "
                            + ElementPath.describe(journey) + "; move the KPI to that journey or pick a scope in"
                            + " this one.");
        }
    }
}
