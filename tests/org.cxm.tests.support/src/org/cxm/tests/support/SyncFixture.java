package org.cxm.tests.support;

import java.util.List;
import java.util.Map;

import org.cxm.connector.jdbc.internal.JdbcConnector;
import org.cxm.history.HistoryStore;
import org.cxm.model.CanonicalField;
import org.cxm.model.ClassificationRule;
import org.cxm.model.Condition;
import org.cxm.model.ConditionOperator;
import org.cxm.model.CxmFactory;
import org.cxm.model.DataSource;
import org.cxm.model.DatabaseKind;
import org.cxm.model.FieldMapping;
import org.cxm.model.IdentifierKind;
import org.cxm.model.IdentityMapping;
import org.cxm.model.RecordKind;
import org.cxm.model.RecordSource;
import org.cxm.model.SystemKind;
import org.cxm.sync.SyncEngine;
import org.cxm.sync.SyncOptions;
import org.cxm.sync.SyncSummary;
import org.cxm.sync.spi.Connector;

/** A model whose CRM data source maps the {@link SourceDatabase}, and a sync engine to run it. */
public final class SyncFixture {

    private static final CxmFactory FACTORY = CxmFactory.eINSTANCE;

    public final ModelFixture model = new ModelFixture();

    public final DataSource crm = FACTORY.createDataSource();

    public final RecordSource contacts = FACTORY.createRecordSource();

    public final RecordSource calls = FACTORY.createRecordSource();

    public SyncFixture(SourceDatabase database) {
        crm.setName("CRM");
        crm.setSystemKind(SystemKind.CRM);
        crm.setDatabaseKind(DatabaseKind.H2);
        crm.setJdbcUrl(database.url);
        crm.setUser("sa");
        crm.setRetryDelaySeconds(0);
        crm.setMaxAttempts(2);
        contacts.setName("contacts");
        contacts.setKind(RecordKind.CUSTOMER);
        contacts.setTable("contacts");
        contacts.getPrimaryKey().add("id");
        contacts.getCursorColumns().add("date_modified");
        contacts.setDeletedColumn("deleted");
        contacts.setDeletedValue("1");
        contacts.getFieldMappings().addAll(List.of(field("first_name", CanonicalField.FIRST_NAME),
                field("last_name", CanonicalField.LAST_NAME), field("date_modified", CanonicalField.OCCURRED_AT)));
        contacts.getIdentityMappings().addAll(List.of(identity("email1", IdentifierKind.EMAIL),
                identity("phone_mobile", IdentifierKind.PHONE)));
        calls.setName("calls");
        calls.setKind(RecordKind.CALL);
        calls.setTable("calls");
        calls.getPrimaryKey().add("id");
        calls.getCursorColumns().add("date_modified");
        calls.setDeletedColumn("deleted");
        calls.setDeletedValue("1");
        calls.setCustomerSource(contacts);
        calls.getFieldMappings().addAll(List.of(field("parent_id", CanonicalField.CUSTOMER_REF),
                field("name", CanonicalField.SUBJECT), field("description", CanonicalField.SUMMARY),
                field("date_start", CanonicalField.OCCURRED_AT), field("direction", CanonicalField.DIRECTION),
                field("status", CanonicalField.STATUS)));
        calls.getClassificationRules().add(inboundCallsRule());
        crm.getRecordSources().addAll(List.of(contacts, calls));
        model.model.getDataSources().add(crm);
    }

    public SyncSummary sync(HistoryStore store) {
        return sync(store, SyncOptions.defaults());
    }

    public SyncSummary sync(HistoryStore store, SyncOptions options) {
        return sync(store, options, new JdbcConnector());
    }

    /** Syncs through {@code connector}, which may wrap the JDBC connector to stage a failure. */
    public SyncSummary sync(HistoryStore store, SyncOptions options, Connector connector) {
        return new SyncEngine(List.of(connector), Map.<String, String>of()::get).run(model.model, store, options);
    }

    /** Inbound calls are the checkout touchpoint of the fixture journey. */
    private ClassificationRule inboundCallsRule() {
        ClassificationRule rule = FACTORY.createClassificationRule();
        rule.setName("Inbound calls");
        rule.setTouchpoint(model.checkout);
        Condition inbound = FACTORY.createCondition();
        inbound.setField(CanonicalField.DIRECTION);
        inbound.setOperator(ConditionOperator.EQUALS);
        inbound.setValue("inbound");
        rule.getConditions().add(inbound);
        return rule;
    }

    public static FieldMapping field(String column, CanonicalField field) {
        FieldMapping mapping = FACTORY.createFieldMapping();
        mapping.setColumn(column);
        mapping.setField(field);
        return mapping;
    }

    public static IdentityMapping identity(String column, IdentifierKind kind) {
        IdentityMapping mapping = FACTORY.createIdentityMapping();
        mapping.setColumn(column);
        mapping.setKind(kind);
        return mapping;
    }
}
