package org.cxm.sync.internal;

import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cxm.history.InteractionRows;
import org.cxm.history.InteractionRows.Stored;
import org.cxm.model.CanonicalField;
import org.cxm.model.RecordSource;
import org.cxm.sync.internal.Classifier.Classification;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * Writes a batch of interaction records (calls, e-mails, cases, orders, invoices...) with set-based SQL:
 * one query finds the customers not looked up before ({@link CustomerIds}) or the batch resolves the
 * customers its records' identifiers imply ({@link ImplicitCustomers}), one finds the records already
 * stored (skipped on a first load), then the new records are written at once (COPY on PostgreSQL) and one
 * JDBC batch updates the changed ones ({@link InteractionRows}). Unchanged records, such as those read again by a
 * look-back, cost nothing.
 */
final class InteractionBatch {

    private InteractionBatch() {
    }

    /**
     * Writes {@code batch}. With {@code assumeNew} it does not look for stored records and inserts them
     * all, for the first load of a record source; should one be stored after all, it throws
     * {@link DuplicateRecords} and the caller rolls back and writes the batch again without the assumption.
     */
    static Counts write(Handle handle, BatchContext context, ReadBatch batch, boolean assumeNew) {
        Counts counts = new Counts();
        List<MappedRecord> mapped = context.accept(handle, batch, counts);
        if (mapped.isEmpty()) {
            return counts;
        }
        Map<String, String> sourceCustomers = new HashMap<>();
        Map<String, Long> customers = customers(handle, context, mapped, sourceCustomers, counts);
        Map<String, Stored> stored = assumeNew ? Map.of()
                : context.store().planEachExecution(handle, () -> InteractionRows.stored(handle, context.system(),
                        mapped.stream().map(MappedRecord::sourceRecordId).toList()));
        OffsetDateTime now = OffsetDateTime.now();
        try (InteractionRows.Batch rows = InteractionRows.batch(handle)) {
            for (MappedRecord record : mapped) {
                Stored before = stored.get(record.sourceRecordId());
                if (before != null && before.hash().equals(record.contentHash())) {
                    continue;
                }
                String sourceCustomer = sourceCustomers.get(record.sourceRecordId());
                Long customer = customers.get(sourceCustomer);
                if (customer == null && sourceCustomer != null) {
                    counts.orphans++;
                }
                InteractionRows.Row row = row(context, record, sourceCustomer, customer, now);
                if (before == null) {
                    rows.insert(row);
                } else {
                    rows.update(row);
                }
                if (record.deleted() && (before == null || !before.deleted())) {
                    counts.deleted++;
                } else if (before == null) {
                    counts.inserted++;
                } else {
                    counts.updated++;
                }
            }
            rows.write();
        } catch (SQLException e) {
            if (assumeNew && isUniqueViolation(e)) {
                throw new DuplicateRecords();
            }
            throw new UnableToExecuteStatementException("Cannot write interactions of "
                    + context.recordSource().getName() + ": " + e.getMessage(), e, null);
        }
        return counts;
    }

    /**
     * The golden customer of each record's source customer, and in {@code sourceCustomers} that source
     * customer: the one its customer reference names, or, for records that carry identifiers instead (a
     * lead's e-mail), the implicit customer of those identifiers, resolved for the whole batch at once.
     */
    private static Map<String, Long> customers(Handle handle, BatchContext context, List<MappedRecord> records,
            Map<String, String> sourceCustomers, Counts counts) {
        RecordSource customerSource = context.recordSource().getCustomerSource();
        List<MappedRecord> implicit = new ArrayList<>();
        for (MappedRecord record : records) {
            String reference = record.text(CanonicalField.CUSTOMER_REF);
            if (reference != null && customerSource != null) {
                sourceCustomers.put(record.sourceRecordId(), BatchContext.customerId(customerSource, reference));
            } else if (!record.identifiers().isEmpty()) {
                sourceCustomers.put(record.sourceRecordId(), ImplicitCustomers.sourceIdOf(record));
                implicit.add(record);
            }
        }
        Map<String, Long> customers = new HashMap<>(context.store().planEachExecution(handle,
                () -> context.customerIds().find(handle, referenced(sourceCustomers, implicit))));
        if (!implicit.isEmpty()) {
            customers.putAll(context.store().planEachExecution(handle,
                    () -> context.implicitCustomers().resolve(handle, context, implicit, counts)));
        }
        return customers;
    }

    /** The source customers named by customer references, not those of {@code implicit} records. */
    private static Set<String> referenced(Map<String, String> sourceCustomers, List<MappedRecord> implicit) {
        Set<String> referenced = new HashSet<>(sourceCustomers.values());
        implicit.forEach(record -> referenced.remove(ImplicitCustomers.sourceIdOf(record)));
        return referenced;
    }

    /** Thrown when a batch assumed to be new holds records the store has already. */
    static final class DuplicateRecords extends RuntimeException {

        private static final long serialVersionUID = 1L;

        DuplicateRecords() {
            super("The batch holds records that are stored already", null, false, false);
        }
    }

    /** Whether {@code e}, or one it chains, is a unique-key violation (SQLSTATE 23505 in H2 and PostgreSQL). */
    private static boolean isUniqueViolation(SQLException e) {
        for (SQLException next = e; next != null; next = next.getNextException()) {
            for (Throwable cause = next; cause != null; cause = cause.getCause()) {
                if (cause instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The interaction row of {@code record}. */
    private static InteractionRows.Row row(BatchContext context, MappedRecord record, String sourceCustomer,
            Long customer, OffsetDateTime now) {
        Classification classification = context.classifier().classify(record);
        return new InteractionRows.Row(context.recordSource().getName(), customer, sourceCustomer,
                record.field(CanonicalField.OCCURRED_AT), context.recordSource().getKind().getLiteral(),
                record.text(CanonicalField.CHANNEL), record.text(CanonicalField.DIRECTION),
                record.text(CanonicalField.SUBJECT), record.text(CanonicalField.SUMMARY),
                record.text(CanonicalField.STATUS), record.field(CanonicalField.AMOUNT),
                record.text(CanonicalField.CURRENCY), record.field(CanonicalField.SURVEY_SCORE),
                record.text(CanonicalField.PAYMENT_STATUS), record.field(CanonicalField.DUE_AT),
                classification.channelId(), classification.touchpointId(), classification.stageId(), record.deleted(),
                record.contentHash(), now, context.system(), record.sourceRecordId());
    }
}
