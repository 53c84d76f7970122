package org.cxm.tests.support;

import org.cxm.model.Channel;
import org.cxm.model.ChannelKind;
import org.cxm.model.ChannelMode;
import org.cxm.model.CxModel;
import org.cxm.model.CxmFactory;
import org.cxm.model.FeedbackKind;
import org.cxm.model.FeedbackMechanism;
import org.cxm.model.Journey;
import org.cxm.model.JourneyMapType;
import org.cxm.model.Kpi;
import org.cxm.model.KpiDirection;
import org.cxm.model.KpiKind;
import org.cxm.model.KpiMeasure;
import org.cxm.model.MeasureAggregate;
import org.cxm.model.Opportunity;
import org.cxm.model.Owner;
import org.cxm.model.OwnerKind;
import org.cxm.model.PainPoint;
import org.cxm.model.Persona;
import org.cxm.model.Priority;
import org.cxm.model.Severity;
import org.cxm.model.Stage;
import org.cxm.model.StageKind;
import org.cxm.model.Touchpoint;
import org.cxm.model.resource.CxmFiles;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * A small model that passes validation, built in code so that each test can break exactly one thing:
 * one persona, owner and channel, a journey with the five standard stages and one touchpoint each,
 * a moment of truth measured by a KPI, a feedback mechanism and an opportunity.
 */
public final class ModelFixture {

    private static final CxmFactory FACTORY = CxmFactory.eINSTANCE;

    public final CxModel model;

    public final Persona persona;

    public final Owner owner;

    public final Channel web;

    public final Journey journey;

    public final Touchpoint checkout;

    public final Kpi nps;

    public final Opportunity opportunity;

    public final FeedbackMechanism survey;

    public ModelFixture() {
        model = named(FACTORY.createCxModel(), "Fixture");
        Resource resource = CxmFiles.newResourceSet().createResource(URI.createURI("memory:/fixture.cxm"));
        resource.getContents().add(model);

        persona = named(FACTORY.createPersona(), "Sam");
        persona.getGoals().add("Buy quickly");
        owner = named(FACTORY.createOwner(), "Digital team");
        owner.setKind(OwnerKind.TEAM);
        web = named(FACTORY.createChannel(), "Web");
        web.setKind(ChannelKind.WEB);
        web.setMode(ChannelMode.ONLINE);
        model.getPersonas().add(persona);
        model.getOwners().add(owner);
        model.getChannels().add(web);

        journey = named(FACTORY.createJourney(), "Buy online");
        journey.setMapType(JourneyMapType.CURRENT_STATE);
        journey.getPersonas().add(persona);
        model.getJourneys().add(journey);
        for (StageKind kind : new StageKind[] { StageKind.AWARENESS, StageKind.CONSIDERATION, StageKind.PURCHASE,
                StageKind.RETENTION, StageKind.ADVOCACY }) {
            Stage stage = named(FACTORY.createStage(), kind.getName().charAt(0) + kind.getName().substring(1).toLowerCase());
            stage.setKind(kind);
            stage.getTouchpoints().add(touchpoint(kind.getLiteral() + " on the web"));
            journey.getStages().add(stage);
        }
        checkout = journey.getStages().get(2).getTouchpoints().get(0);
        checkout.setMomentOfTruth(true);
        PainPoint slow = named(FACTORY.createPainPoint(), "Slow page");
        slow.setSeverity(Severity.HIGH);
        checkout.getPainPoints().add(slow);

        nps = kpi("NPS", KpiKind.NPS, 40.0, 30.0, KpiDirection.HIGHER_IS_BETTER);
        nps.setScope(checkout);
        journey.getKpis().add(nps);

        opportunity = named(FACTORY.createOpportunity(), "Faster checkout");
        opportunity.setOwner(owner);
        opportunity.setPriority(Priority.HIGH);
        opportunity.getPainPoints().add(slow);
        opportunity.getTouchpoints().add(checkout);
        opportunity.getKpis().add(nps);
        journey.getOpportunities().add(opportunity);

        survey = named(FACTORY.createFeedbackMechanism(), "Post-purchase NPS survey");
        survey.setKind(FeedbackKind.NPS_SURVEY);
        survey.getCollectedAt().add(checkout);
        survey.getMeasures().add(nps);
        model.getFeedbackMechanisms().add(survey);
    }

    /** A new touchpoint on the web channel, owned by the fixture's team, not yet in a stage. */
    public Touchpoint touchpoint(String name) {
        Touchpoint touchpoint = named(FACTORY.createTouchpoint(), name);
        touchpoint.setChannel(web);
        touchpoint.setOwner(owner);
        return touchpoint;
    }

    /**
     * A new KPI with the given target and benchmark, not yet in a journey, measured as the count of all records
     * (so that it validates; tests of measures set their own).
     */
    public Kpi kpi(String name, KpiKind kind, Double target, Double benchmark, KpiDirection direction) {
        Kpi kpi = named(FACTORY.createKpi(), name);
        kpi.setKind(kind);
        kpi.setTarget(target);
        kpi.setBenchmark(benchmark);
        kpi.setDirection(direction);
        kpi.setOwner(owner);
        KpiMeasure measure = FACTORY.createKpiMeasure();
        measure.setAggregate(MeasureAggregate.COUNT);
        kpi.setMeasure(measure);
        return kpi;
    }

    /** The stage of the journey at {@code index}, 0-based. */
    public Stage stage(int index) {
        return journey.getStages().get(index);
    }

    private static <T extends org.cxm.model.NamedElement> T named(T element, String name) {
        element.setName(name);
        return element;
    }
}
