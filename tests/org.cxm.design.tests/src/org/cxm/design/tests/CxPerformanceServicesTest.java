package org.cxm.design.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.cxm.design.services.CxPerformanceServices;
import org.cxm.model.CxModel;
import org.cxm.model.Kpi;
import org.cxm.model.KpiDirection;
import org.cxm.model.KpiKind;
import org.cxm.model.Opportunity;
import org.cxm.model.validation.ModelValidation;
import org.cxm.model.validation.ValidationRule;
import org.cxm.tests.support.ExampleModels;
import org.cxm.tests.support.ModelFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The services behind the "CX Performance" viewpoint, checked on the retail-bank example and on the test fixture
 * for what a modeller sees in the KPI table and the opportunity portfolio: status colours and texts, scope and
 * owner cells, linked names, and line deletion that leaves no reference dangling.
 */
class CxPerformanceServicesTest {

    private static CxModel bank;

    private final CxPerformanceServices services = new CxPerformanceServices();

    private final ModelFixture fixture = new ModelFixture();

    @BeforeAll
    static void loadExample() throws Exception {
        bank = ExampleModels.load(ExampleModels.RETAIL_BANK);
    }

    @ParameterizedTest
    @CsvSource({ "bank.cur.kpi.nps, OFF_TARGET, Off target", "bank.cur.kpi.activation, OFF_TARGET, Off target",
            "bank.cur.kpi.email-open, ON_TARGET, On target", "bank.cur.kpi.fee-resolution, ON_TARGET, On target",
            "bank.cur.kpi.referral-rate, NO_DATA, No data" })
    void statusColoursAndNamesTheKpiLine(String kpi, String status, String text) {
        assertEquals(status, services.kpiStatus(kpi(kpi)));
        assertEquals(text, services.kpiStatusLabel(kpi(kpi)));
    }

    @Test
    void statusFollowsTheMeasuredValueAndTheDirection() {
        assertEquals("NO_DATA", services.kpiStatus(fixture.nps));
        fixture.nps.setActual(45.0);
        assertEquals("ON_TARGET", services.kpiStatus(fixture.nps));
        fixture.nps.setDirection(KpiDirection.LOWER_IS_BETTER);
        assertEquals("OFF_TARGET", services.kpiStatus(fixture.nps));
    }

    @Test
    void aKpiWithoutTargetHasNoStatusToColour() {
        fixture.nps.setActual(45.0);
        fixture.nps.setTarget(null);

        assertEquals("No data", services.kpiStatusLabel(fixture.nps));
    }

    @Test
    void scopeCellNamesWhatTheKpiMeasures() {
        assertEquals("stage \"Apply and get verified\"", services.scopeLabel(kpi("bank.cur.kpi.csat")));
        assertEquals("touchpoint \"purchase on the web\"", services.scopeLabel(fixture.nps));
    }

    @Test
    void aKpiWithoutScopeMeasuresItsJourney() {
        Kpi conversion = fixture.kpi("Conversion", KpiKind.CONVERSION_RATE, 3.0, null, KpiDirection.HIGHER_IS_BETTER);
        fixture.journey.getKpis().add(conversion);

        assertEquals("journey \"Buy online\"", services.scopeLabel(conversion));
    }

    @Test
    void aDetachedKpiWithoutScopeHasAnEmptyScopeCell() {
        assertEquals("", services.scopeLabel(fixture.kpi("Loose", KpiKind.CSAT, 80.0, null, null)));
    }

    @Test
    void ownerCellsShowTheAccountableTeam() {
        assertEquals("Head of Customer Experience", services.ownerLabel(kpi("bank.cur.kpi.nps")));
        assertEquals("Contact Centre", services.ownerLabel(opportunity("bank.cur.opp.callback")));
        assertEquals("Digital team", services.ownerLabel(fixture.opportunity));
    }

    @Test
    void ownerCellsAreEmptyWithoutOwner() {
        fixture.nps.setOwner(null);
        fixture.opportunity.setOwner(null);

        assertEquals("", services.ownerLabel(fixture.nps));
        assertEquals("", services.ownerLabel(fixture.opportunity));
    }

    @Test
    void portfolioCellsNameWhatTheOpportunityAddresses() {
        Opportunity buffer = opportunity("bank.cur.opp.switch-buffer");

        assertEquals("Overdraft fee charged while direct debits were mid-switch, Transferred twice before reaching"
                + " someone who can refund", services.painPointNames(buffer));
        assertEquals("Call about an unexpected overdraft fee", services.touchpointNames(buffer));
        assertEquals("Slow page", services.painPointNames(fixture.opportunity));
        assertEquals("purchase on the web", services.touchpointNames(fixture.opportunity));
        assertEquals("NPS", services.kpiNames(fixture.opportunity));
    }

    @Test
    void portfolioCellsAreEmptyWhenNothingIsLinked() {
        fixture.opportunity.getPainPoints().clear();
        fixture.opportunity.getKpis().clear();

        assertEquals("", services.painPointNames(fixture.opportunity));
        assertEquals("", services.kpiNames(fixture.opportunity));
    }

    @Test
    void deletingAKpiLineRemovesTheReferencesToIt() {
        assertSame(fixture.journey, services.deleteWithReferences(fixture.nps));

        assertFalse(fixture.journey.getKpis().contains(fixture.nps));
        assertEquals(List.of(), fixture.opportunity.getKpis());
        assertEquals(List.of(), fixture.survey.getMeasures());
        assertNoDanglingReferences();
    }

    @Test
    void deletingAnOpportunityLineKeepsWhatItReferred() {
        services.deleteWithReferences(fixture.opportunity);

        assertEquals(List.of(), fixture.journey.getOpportunities());
        assertTrue(fixture.journey.getKpis().contains(fixture.nps));
        assertEquals(1, fixture.checkout.getPainPoints().size());
        assertNoDanglingReferences();
    }

    @Test
    void deletingAnElementAlsoRemovesTheReferencesToItsContents() {
        services.deleteWithReferences(fixture.checkout);

        assertEquals(List.of(), fixture.opportunity.getTouchpoints());
        assertEquals(List.of(), fixture.opportunity.getPainPoints());
        assertEquals(List.of(), fixture.survey.getCollectedAt());
        assertNull(fixture.nps.getScope());
        assertNoDanglingReferences();
    }

    private void assertNoDanglingReferences() {
        assertTrue(ModelValidation.problems(ModelValidation.validate(fixture.model)).stream()
                .noneMatch(problem -> problem.getCode() == ValidationRule.REFERENCE_DANGLING.code()));
    }

    private static Kpi kpi(String id) {
        return (Kpi) bank.eResource().getEObject(id);
    }

    private static Opportunity opportunity(String id) {
        return (Opportunity) bank.eResource().getEObject(id);
    }
}
