package org.cxm.sync.internal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cxm.identity.SourceCustomer;
import org.cxm.model.CanonicalField;
import org.cxm.model.RecordSource;
import org.cxm.sync.internal.Classifier.Classification;
import org.cxm.sync.internal.RecordMapper.RejectedRecord;
import org.cxm.sync.spi.SourceRecord;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Writes a batch of interaction records (calls, e-mails, cases, orders, invoices...) with set-based SQL:
 * one query finds the customers, one finds the records already stored, then one batch inserts the new
 * records and one updates the changed ones. Unchanged records, such as those read again by a look-back,
 * cost nothing.
 */
final class InteractionBatch {

    private static final String COLUMNS = "source_system, source_record_id, record_source, customer_id,"
            + " source_customer_id, occurred_at, kind, channel, direction, subject, summary, status, amount, currency,"
            + " survey_score, payment_status, due_at, channel_element_id, touchpoint_element_id, stage_element_id,"
            + " deleted, content_hash, synced_at";

    private static final String INSERT = "INSERT INTO interaction (" + COLUMNS + ") VALUES (:source_system,"
            + " :source_record_id, :record_source, :customer_id, :source_customer_id, :occurred_at, :kind, :channel,"
            + " :direction, :subject, :summary, :status, :amount, :currency, :survey_score, :payment_status, :due_at,"
            + " :channel_element_id, :touchpoint_element_id, :stage_element_id, :deleted, :content_hash, :synced_at)";

    private static final String UPDATE = "UPDATE interaction SET record_source = :record_source,"
            + " customer_id = :customer_id, source_customer_id = :source_customer_id, occurred_at = :occurred_at,"
            + " kind = :kind, channel = :channel, direction = :direction, subject = :subject, summary = :summary,"
            + " status = :status, amount = :amount, currency = :currency, survey_score = :survey_score,"
            + " payment_status = :payment_status, due_at = :due_at, channel_element_id = :channel_element_id,"
            + " touchpoint_element_id = :touchpoint_element_id, stage_element_id = :stage_element_id,"
            + " deleted = :deleted, content_hash = :content_hash, synced_at = :synced_at"
            + " WHERE source_system = :source_system AND source_record_id = :source_record_id";

    private InteractionBatch() {
    }

    /** What the store already has of a record: its content hash and whether it is marked deleted. */
    private record Stored(String hash, boolean deleted) {
    }

    static Counts write(Handle handle, BatchContext context, List<SourceRecord> records) {
        Counts counts = new Counts();
        List<MappedRecord> mapped = new ArrayList<>(records.size());
        for (SourceRecord record : records) {
            counts.read++;
            try {
                mapped.add(context.mapper().map(record));
            } catch (RejectedRecord e) {
                RunJournal.deadLetter(handle, context.runId(), context.system(), context.recordSource().getName(),
                        record.key(), e.getMessage(), record.columns());
                counts.deadLettered++;
            }
        }
        if (mapped.isEmpty()) {
            return counts;
        }
        Map<String, String> sourceCustomers = sourceCustomerIds(handle, context, mapped, counts);
        Map<String, Long> customers = customerIds(handle, context.system(), sourceCustomers.values());
        Map<String, Stored> stored = stored(handle, context.system(), mapped);
        OffsetDateTime now = OffsetDateTime.now();
        PreparedBatch inserts = handle.prepareBatch(INSERT);
        PreparedBatch updates = handle.prepareBatch(UPDATE);
        for (MappedRecord record : mapped) {
            Stored before = stored.get(record.sourceRecordId());
            if (before != null && before.hash().equals(record.contentHash())) {
                continue;
            }
            String sourceCustomer = sourceCustomers.get(record.sourceRecordId());
            Map<String, Object> row = row(context, record, sourceCustomer, customers.get(sourceCustomer), now);
            (before == null ? inserts : updates).add(row);
            if (record.deleted() && (before == null || !before.deleted())) {
                counts.deleted++;
            } else if (before == null) {
                counts.inserted++;
            } else {
                counts.updated++;
            }
        }
        execute(inserts);
        execute(updates);
        return counts;
    }

    /**
     * The source customer of each record: the customer its customer reference names, or, for records that
     * carry identifiers instead (a lead's e-mail), a customer resolved from those identifiers.
     */
    private static Map<String, String> sourceCustomerIds(Handle handle, BatchContext context,
            List<MappedRecord> records, Counts counts) {
        RecordSource customers = context.recordSource().getCustomerSource();
        Map<String, String> ids = new HashMap<>();
        for (MappedRecord record : records) {
            String reference = record.text(CanonicalField.CUSTOMER_REF);
            if (reference != null && customers != null) {
                ids.put(record.sourceRecordId(), BatchContext.customerId(customers, reference));
            } else if (!record.identifiers().isEmpty()) {
                SourceCustomer implicit = implicitCustomer(context, record);
                counts.merged += context.resolver().resolve(handle, implicit).merges().size();
                ids.put(record.sourceRecordId(), implicit.sourceId());
            }
        }
        return ids;
    }

    private static SourceCustomer implicitCustomer(BatchContext context, MappedRecord record) {
        var identifier = record.identifiers().get(0);
        String id = identifier.kind().getLiteral() + ":" + identifier.value();
        String name = record.text(CanonicalField.DISPLAY_NAME);
        return new SourceCustomer(context.system(), id, context.dataSource().getPriority(), null, name,
                record.text(CanonicalField.FIRST_NAME), record.text(CanonicalField.LAST_NAME),
                record.text(CanonicalField.COMPANY), record.identifiers(), false,
                Integer.toHexString(java.util.Objects.hash(id, name, record.identifiers())));
    }

    private static Map<String, Long> customerIds(Handle handle, String system, java.util.Collection<String> ids) {
        Map<String, Long> customers = new HashMap<>();
        Set<String> distinct = new LinkedHashSet<>(ids);
        if (!distinct.isEmpty()) {
            handle.createQuery("SELECT s.source_id, COALESCE(c.merged_into, c.id) FROM source_customer s"
                    + " JOIN customer c ON c.id = s.customer_id WHERE s.source_system = :system"
                    + " AND s.source_id IN (<ids>)").bind("system", system).bindList("ids", new ArrayList<>(distinct))
                    .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getLong(2)))
                    .forEach(entry -> customers.put(entry.getKey(), entry.getValue()));
        }
        return customers;
    }

    private static Map<String, Stored> stored(Handle handle, String system, List<MappedRecord> records) {
        Map<String, Stored> stored = new HashMap<>();
        handle.createQuery("SELECT source_record_id, content_hash, deleted FROM interaction"
                + " WHERE source_system = :system AND source_record_id IN (<ids>)").bind("system", system)
                .bindList("ids", records.stream().map(MappedRecord::sourceRecordId).toList())
                .map((rs, ctx) -> Map.entry(rs.getString(1), new Stored(rs.getString(2), rs.getBoolean(3))))
                .forEach(entry -> stored.put(entry.getKey(), entry.getValue()));
        return stored;
    }

    private static Map<String, Object> row(BatchContext context, MappedRecord record, String sourceCustomer,
            Long customer, OffsetDateTime now) {
        Classification classification = context.classifier().classify(record);
        Map<String, Object> row = new HashMap<>();
        row.put("source_system", context.system());
        row.put("source_record_id", record.sourceRecordId());
        row.put("record_source", context.recordSource().getName());
        row.put("customer_id", customer);
        row.put("source_customer_id", sourceCustomer);
        row.put("occurred_at", record.field(CanonicalField.OCCURRED_AT));
        row.put("kind", context.recordSource().getKind().getLiteral());
        row.put("channel", record.text(CanonicalField.CHANNEL));
        row.put("direction", record.text(CanonicalField.DIRECTION));
        row.put("subject", record.text(CanonicalField.SUBJECT));
        row.put("summary", record.text(CanonicalField.SUMMARY));
        row.put("status", record.text(CanonicalField.STATUS));
        row.put("amount", record.field(CanonicalField.AMOUNT));
        row.put("currency", record.text(CanonicalField.CURRENCY));
        row.put("survey_score", record.field(CanonicalField.SURVEY_SCORE));
        row.put("payment_status", record.text(CanonicalField.PAYMENT_STATUS));
        row.put("due_at", record.field(CanonicalField.DUE_AT));
        row.put("channel_element_id", classification.channelId());
        row.put("touchpoint_element_id", classification.touchpointId());
        row.put("stage_element_id", classification.stageId());
        row.put("deleted", record.deleted());
        row.put("content_hash", record.contentHash());
        row.put("synced_at", now);
        return row;
    }

    private static void execute(PreparedBatch batch) {
        if (batch.size() > 0) {
            batch.execute();
        }
    }
}
