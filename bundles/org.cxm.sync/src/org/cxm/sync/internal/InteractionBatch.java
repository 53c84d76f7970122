package org.cxm.sync.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cxm.history.BulkRows;
import org.cxm.history.InList;
import org.cxm.model.CanonicalField;
import org.cxm.model.RecordSource;
import org.cxm.sync.internal.Classifier.Classification;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * Writes a batch of interaction records (calls, e-mails, cases, orders, invoices...) with set-based SQL:
 * one query finds the customers not looked up before ({@link CustomerIds}) or the batch resolves the
 * customers its records' identifiers imply ({@link ImplicitCustomers}), one finds the records already
 * stored (skipped on a first load), then the new records are written at once ({@link BulkRows}: COPY on
 * PostgreSQL) and one JDBC batch updates the changed ones. Unchanged records, such as those read again by a
 * look-back, cost nothing.
 */
final class InteractionBatch {

    /** The written columns, in the order {@link #values} gives them; the record's identity comes last. */
    private static final String[] COLUMNS = { "record_source", "customer_id", "source_customer_id", "occurred_at",
            "kind", "channel", "direction", "subject", "summary", "status", "amount", "currency", "survey_score",
            "payment_status", "due_at", "channel_element_id", "touchpoint_element_id", "stage_element_id", "deleted",
            "content_hash", "synced_at", "source_system", "source_record_id" };

    /** The SQL types of {@link #COLUMNS}, to bind a null. */
    private static final int[] TYPES = { Types.VARCHAR, Types.BIGINT, Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE,
            Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.NUMERIC,
            Types.VARCHAR, Types.DOUBLE, Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE, Types.VARCHAR, Types.VARCHAR,
            Types.VARCHAR, Types.BOOLEAN, Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE, Types.VARCHAR, Types.VARCHAR };

    private static final String UPDATE = "UPDATE interaction SET "
            + String.join(" = ?, ", java.util.Arrays.copyOf(COLUMNS, COLUMNS.length - 2))
            + " = ? WHERE source_system = ? AND source_record_id = ?";

    private InteractionBatch() {
    }

    /** What the store already has of a record: its content hash and whether it is marked deleted. */
    private record Stored(String hash, boolean deleted) {
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
                : context.dialect().planEachExecution(handle, () -> stored(handle, context.system(), mapped));
        OffsetDateTime now = OffsetDateTime.now();
        BulkRows inserts = BulkRows.into("interaction", COLUMNS);
        try (PreparedStatement updates = handle.getConnection().prepareStatement(UPDATE)) {
            int updateCount = 0;
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
                Object[] values = values(context, record, sourceCustomer, customer, now);
                if (before == null) {
                    inserts.add(values);
                } else {
                    bind(updates, values);
                    updates.addBatch();
                    updateCount++;
                }
                if (record.deleted() && (before == null || !before.deleted())) {
                    counts.deleted++;
                } else if (before == null) {
                    counts.inserted++;
                } else {
                    counts.updated++;
                }
            }
            inserts.write(handle);
            if (updateCount > 0) {
                updates.executeBatch();
            }
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
        Map<String, Long> customers = new HashMap<>(context.dialect().planEachExecution(handle,
                () -> context.customerIds().find(handle, referenced(sourceCustomers, implicit))));
        if (!implicit.isEmpty()) {
            customers.putAll(context.dialect().planEachExecution(handle,
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

    private static Map<String, Stored> stored(Handle handle, String system, List<MappedRecord> records) {
        Map<String, Stored> stored = new HashMap<>();
        InList ids = InList.of(handle, "ids", String.class, records.stream().map(MappedRecord::sourceRecordId)
                .toList());
        ids.bind(handle.createQuery("SELECT source_record_id, content_hash, deleted FROM interaction WHERE "
                + ids.matches("source_record_id") + " AND source_system = :system")).bind("system", system)
                .map((rs, ctx) -> Map.entry(rs.getString(1), new Stored(rs.getString(2), rs.getBoolean(3))))
                .forEach(entry -> stored.put(entry.getKey(), entry.getValue()));
        return stored;
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

    /** The values of {@link #COLUMNS} for {@code record}, in that order. */
    private static Object[] values(BatchContext context, MappedRecord record, String sourceCustomer, Long customer,
            OffsetDateTime now) {
        Classification classification = context.classifier().classify(record);
        return new Object[] { context.recordSource().getName(), customer, sourceCustomer,
                record.field(CanonicalField.OCCURRED_AT), context.recordSource().getKind().getLiteral(),
                record.text(CanonicalField.CHANNEL), record.text(CanonicalField.DIRECTION),
                record.text(CanonicalField.SUBJECT), record.text(CanonicalField.SUMMARY),
                record.text(CanonicalField.STATUS), record.field(CanonicalField.AMOUNT),
                record.text(CanonicalField.CURRENCY), record.field(CanonicalField.SURVEY_SCORE),
                record.text(CanonicalField.PAYMENT_STATUS), record.field(CanonicalField.DUE_AT),
                classification.channelId(), classification.touchpointId(), classification.stageId(), record.deleted(),
                record.contentHash(), now, context.system(), record.sourceRecordId() };
    }

    /** Binds {@code values} of {@link #COLUMNS} to the update, each null with its column's SQL type. */
    private static void bind(PreparedStatement statement, Object[] values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                statement.setNull(i + 1, TYPES[i]);
            } else {
                statement.setObject(i + 1, values[i]);
            }
        }
    }
}
