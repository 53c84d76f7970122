package org.cxm.design.services;

import org.cxm.model.Kpi;
import org.cxm.model.KpiScope;
import org.cxm.model.Opportunity;
import org.cxm.model.query.ElementPath;
import org.cxm.model.query.KpiQuery;
import org.eclipse.emf.ecore.EObject;

/**
 * The services of the "CX Performance" viewpoint (KPI table and opportunity portfolio), called from the
 * {@code aql:} expressions of {@code description/cxm.odesign}. Sirius creates one instance and calls
 * {@code self.service(args)} as {@code service(self, args)}.
 */
public class CxPerformanceServices {

    public CxPerformanceServices() {
        // Sirius instantiates service classes through their public no-argument constructor.
    }

    /** {@code ON_TARGET}, {@code OFF_TARGET} or {@code NO_DATA}, for the colours of the KPI table. */
    public String kpiStatus(Kpi kpi) {
        return ElementLabels.kpiStatus(kpi);
    }

    /** The status in words for the status column: "On target", "Off target" or "No data". */
    public String kpiStatusLabel(Kpi kpi) {
        return ElementLabels.kpiStatusText(kpi);
    }

    /** What the KPI measures, such as {@code stage "Purchase"}; the owning journey when no scope is set. */
    public String scopeLabel(Kpi kpi) {
        KpiScope scope = KpiQuery.effectiveScope(kpi);
        return scope == null ? "" : ElementPath.describe(scope);
    }

    /** The name of the team accountable for the KPI, or an empty cell. */
    public String ownerLabel(Kpi kpi) {
        return ElementLabels.nameOf(kpi.getOwner());
    }

    /** The name of the team accountable for the opportunity, or an empty cell. */
    public String ownerLabel(Opportunity opportunity) {
        return ElementLabels.nameOf(opportunity.getOwner());
    }

    /** The pain points the opportunity addresses, by name. */
    public String painPointNames(Opportunity opportunity) {
        return ElementLabels.joinNames(opportunity.getPainPoints());
    }

    /** The touchpoints the opportunity changes, by name. */
    public String touchpointNames(Opportunity opportunity) {
        return ElementLabels.joinNames(opportunity.getTouchpoints());
    }

    /** The KPIs the opportunity should move, by name. */
    public String kpiNames(Opportunity opportunity) {
        return ElementLabels.joinNames(opportunity.getKpis());
    }

    /**
     * Deletes a line's element and the references the rest of the model holds to it, so that deleting a KPI does
     * not leave opportunities and feedback mechanisms pointing at nothing; returns the former container.
     */
    public EObject deleteWithReferences(EObject element) {
        return ElementDeletion.deleteWithReferences(element);
    }
}
