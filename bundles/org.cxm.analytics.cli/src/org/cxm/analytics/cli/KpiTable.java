package org.cxm.analytics.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

import org.cxm.analytics.KpiResult;
import org.cxm.analytics.cli.internal.Formats;
import org.cxm.model.Journey;
import org.cxm.model.query.KpiQuery;
import org.cxm.model.query.KpiStatus;

/** Prints measured KPIs as a table, journey by journey: actual, target, benchmark, status and basis. */
public final class KpiTable {

    private static final String ROW = "  %-44s %10s %10s %10s  %-11s %s%n";

    private KpiTable() {
    }

    public static void print(List<KpiResult> results, PrintStream out) {
        Journey current = null;
        for (KpiResult result : results) {
            Journey journey = KpiQuery.journeyOf(result.kpi());
            if (journey != current) {
                current = journey;
                out.printf("%nJourney '%s'%n", journey == null ? "?" : journey.getName());
                out.printf(Locale.ROOT, ROW, "KPI", "actual", "target", "benchmark", "status", "based on");
            }
            out.printf(Locale.ROOT, ROW, Formats.cut(result.kpi().getName(), 44), Formats.number(result.actual()),
                    Formats.number(result.kpi().getTarget()), Formats.number(result.kpi().getBenchmark()),
                    status(result), basis(result));
        }
        long unmeasured = results.stream().filter(r -> !r.measured()).count();
        if (unmeasured > 0) {
            out.printf("%n%d of %d KPIs have no measure: give each a measure in the model to see its live value.%n",
                    unmeasured, results.size());
        }
    }

    private static String status(KpiResult result) {
        if (!result.measured()) {
            return "no measure";
        }
        KpiStatus status = result.status();
        return status.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String basis(KpiResult result) {
        return result.measured() ? String.format(Locale.ROOT, "%,d %s", result.value().basis(),
                result.value().basisUnit()) : "";
    }
}
