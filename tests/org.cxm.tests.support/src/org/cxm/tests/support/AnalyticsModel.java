package org.cxm.tests.support;

import org.cxm.model.Channel;
import org.cxm.model.ChannelKind;
import org.cxm.model.ClassificationRule;
import org.cxm.model.CxModel;
import org.cxm.model.CxmFactory;
import org.cxm.model.DataSource;
import org.cxm.model.Journey;
import org.cxm.model.Kpi;
import org.cxm.model.KpiDirection;
import org.cxm.model.KpiMeasure;
import org.cxm.model.MeasureAggregate;
import org.cxm.model.RecordFilter;
import org.cxm.model.RecordKind;
import org.cxm.model.RecordSource;
import org.cxm.model.Stage;
import org.cxm.model.Touchpoint;
import org.cxm.model.resource.CxmFiles;
import org.eclipse.emf.common.util.URI;

/**
 * A small online-shop model for the analytics and analytics command tests: one journey "Order and support" with stages Consider
 * (showroom), Buy (checkout; order by phone, optional) and Support (where-is-my-order chat, damage call,
 * replacement), a CRM data source whose rules record every touchpoint but the reel in Consider, so the
 * designed path is showroom, checkout, [phone order], chat, damage call, replacement.
 */
public final class AnalyticsModel {

    private static final CxmFactory F = CxmFactory.eINSTANCE;

    public final CxModel model = F.createCxModel();

    public final Channel web = channel("Web", ChannelKind.WEB);

    public final Channel phone = channel("Phone", ChannelKind.PHONE);

    public final Journey journey = F.createJourney();

    public final Stage consider = stage("Consider");

    public final Touchpoint reel = touchpoint(consider, "See a reel", web);

    public final Touchpoint showroom = touchpoint(consider, "Try it in a showroom", web);

    public final Stage buy = stage("Buy");

    public final Touchpoint checkout = touchpoint(buy, "Check out", web);

    public final Touchpoint phoneOrder = touchpoint(buy, "Order by phone", phone);

    public final Stage support = stage("Support");

    public final Touchpoint chat = touchpoint(support, "Ask where the order is", web);

    public final Touchpoint damage = touchpoint(support, "Report damage by phone", phone);

    public final Touchpoint replacement = touchpoint(support, "Collect the replacement", web);

    public final DataSource crm = F.createDataSource();

    public final RecordSource records = F.createRecordSource();

    public AnalyticsModel() {
        CxmFiles.newResourceSet().createResource(URI.createURI("memory:/analytics.cxm")).getContents().add(model);
        model.setName("Analytics fixture");
        journey.setName("Order and support");
        model.getJourneys().add(journey);
        journey.getStages().add(consider);
        journey.getStages().add(buy);
        journey.getStages().add(support);
        phoneOrder.setOptional(true);
        crm.setName("CRM");
        records.setName("records");
        records.setKind(RecordKind.OTHER);
        crm.getRecordSources().add(records);
        model.getDataSources().add(crm);
        for (Touchpoint touchpoint : new Touchpoint[] { showroom, checkout, phoneOrder, chat, damage, replacement }) {
            ClassificationRule rule = F.createClassificationRule();
            rule.setName("to " + touchpoint.getName());
            rule.setTouchpoint(touchpoint);
            records.getClassificationRules().add(rule);
        }
    }

    /** A KPI of the journey with {@code measure}, target and direction. */
    public Kpi kpi(String name, KpiMeasure measure, double target, KpiDirection direction) {
        Kpi kpi = F.createKpi();
        kpi.setName(name);
        kpi.setTarget(target);
        kpi.setDirection(direction);
        kpi.setMeasure(measure);
        journey.getKpis().add(kpi);
        return kpi;
    }

    public static KpiMeasure measure(MeasureAggregate aggregate, RecordFilter records) {
        KpiMeasure measure = F.createKpiMeasure();
        measure.setAggregate(aggregate);
        measure.setRecords(records);
        return measure;
    }

    public static RecordFilter kinds(RecordKind... kinds) {
        RecordFilter filter = F.createRecordFilter();
        filter.getKinds().addAll(java.util.List.of(kinds));
        return filter;
    }

    public static RecordFilter at(Touchpoint... touchpoints) {
        RecordFilter filter = F.createRecordFilter();
        filter.getTouchpoints().addAll(java.util.List.of(touchpoints));
        return filter;
    }

    public static RecordFilter in(Stage... stages) {
        RecordFilter filter = F.createRecordFilter();
        filter.getStages().addAll(java.util.List.of(stages));
        return filter;
    }

    private Channel channel(String name, ChannelKind kind) {
        Channel channel = F.createChannel();
        channel.setName(name);
        channel.setKind(kind);
        channel.setId("ch." + name.toLowerCase());
        model.getChannels().add(channel);
        return channel;
    }

    private static Stage stage(String name) {
        Stage stage = F.createStage();
        stage.setName(name);
        stage.setId("st." + name.toLowerCase());
        return stage;
    }

    private static Touchpoint touchpoint(Stage stage, String name, Channel channel) {
        Touchpoint touchpoint = F.createTouchpoint();
        touchpoint.setName(name);
        touchpoint.setId("tp." + name.toLowerCase().replace(' ', '-'));
        touchpoint.setChannel(channel);
        stage.getTouchpoints().add(touchpoint);
        return touchpoint;
    }
}
