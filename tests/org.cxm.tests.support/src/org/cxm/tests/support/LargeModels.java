package org.cxm.tests.support;

import org.cxm.model.ChannelKind;
import org.cxm.model.ChannelMode;
import org.cxm.model.CxmFactory;
import org.cxm.model.Journey;
import org.cxm.model.Kpi;
import org.cxm.model.KpiDirection;
import org.cxm.model.KpiKind;
import org.cxm.model.PainPoint;
import org.cxm.model.Severity;
import org.cxm.model.Stage;
import org.cxm.model.Touchpoint;

/** Generated models far larger than the examples, for tests of rendering and validation at scale. */
public final class LargeModels {

    private LargeModels() {
    }

    /**
     * A valid journey with {@code touchpoints} touchpoints spread over the five standard stages, with long
     * names, emotions across the whole scale, pain points, moments of truth and KPIs.
     */
    public static Journey journeyWithTouchpoints(int touchpoints) {
        ModelFixture fixture = new ModelFixture();
        for (ChannelKind kind : ChannelKind.values()) {
            if (kind != ChannelKind.WEB) {
                org.cxm.model.Channel channel = CxmFactory.eINSTANCE.createChannel();
                channel.setName(kind.getLiteral());
                channel.setKind(kind);
                channel.setMode(kind == ChannelKind.STORE || kind == ChannelKind.PHONE ? ChannelMode.OFFLINE
                        : ChannelMode.ONLINE);
                fixture.model.getChannels().add(channel);
            }
        }
        Journey journey = fixture.journey;
        journey.getStages().forEach(stage -> stage.getTouchpoints().clear());
        for (int i = 0; i < touchpoints; i++) {
            Stage stage = journey.getStages().get(i * journey.getStages().size() / touchpoints);
            Touchpoint touchpoint = fixture.touchpoint(String.format(
                    "Touchpoint %03d where the customer compares several offers in detail", i + 1));
            touchpoint.setChannel(fixture.model.getChannels().get(i % fixture.model.getChannels().size()));
            touchpoint.setEmotion(i % 11 - 5);
            touchpoint.setCustomerAction("Reads the conditions, asks a question and waits for an answer " + (i + 1));
            touchpoint.setThoughts("Is this really the best option for me, or am I missing something?");
            if (i % 3 == 0) {
                PainPoint pain = CxmFactory.eINSTANCE.createPainPoint();
                pain.setName("Waiting without knowing how long it takes (" + (i + 1) + ")");
                pain.setSeverity(Severity.values()[i % Severity.values().length]);
                touchpoint.getPainPoints().add(pain);
            }
            stage.getTouchpoints().add(touchpoint);
            if (i % 10 == 0) {
                touchpoint.setMomentOfTruth(true);
                Kpi kpi = fixture.kpi("CSAT at touchpoint " + (i + 1), KpiKind.CSAT, 4.5, 4.0,
                        KpiDirection.HIGHER_IS_BETTER);
                kpi.setScope(touchpoint);
                kpi.setActual(i % 20 == 0 ? 4.6 : 3.9);
                journey.getKpis().add(kpi);
            }
        }
        fixture.nps.setScope(journey);
        fixture.opportunity.getTouchpoints().clear();
        fixture.opportunity.getTouchpoints().add(journey.getStages().get(2).getTouchpoints().get(0));
        fixture.opportunity.getPainPoints().clear();
        fixture.survey.getCollectedAt().clear();
        return journey;
    }
}
