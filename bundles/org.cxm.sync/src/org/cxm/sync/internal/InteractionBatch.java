package org.cxm.sync.internal;

import java.sql.Connection;
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

import org.cxm.model.CanonicalField;
import org.cxm.model.RecordSource;
import org.cxm.sync.internal.Classifier.Classification;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * Writes a batch of interaction records (calls, e-mails, cases, orders, invoices...) with set-based SQL:
 * one query finds the customers not looked up before ({@link CustomerIds}) or the batch resolves the
 * customers its records' identifiers imply ({@link ImplicitCustomers}), one finds the records already
 * stored (skipped on a first load), then one JDBC batch inserts the new records and one updates the changed
 * ones. Unchanged records, such as those read again by a look-back, cost nothing.
 */
final class InteractionBatch {

    /** The written columns, in the order {@link #bind} sets them; the record's identity comes last. */
    private static final String[] COLUMNS = { "record_source", "customer_id", "source_customer_id", "occurred_at",
            "kind", "channel", "direction", "subject", "summary", "status", "amount", "currency", "survey_score",
            "payment_status", "due_at", "channel_element_id", "touchpoint_element_id", "stage_element_id", "deleted",
            "content_hash", "synced_at", "source_system", "source_record_id" };

    private static final String INSERT = "INSERT INTO interaction (" + String.join(", ", COLUMNS) + ") VALUES ("
            + String.join(", ", java.util.Collections.nCopies(COLUMNS.length, "?")) + ")";

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
        Connection connection = handle.getConnection();
        try (PreparedStatement inserts = connection.prepareStatement(INSERT);
                PreparedStatement updates = connection.prepareStatement(UPDATE)) {
            int insertCount = 0;
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
                PreparedStatement statement = before == null ? inserts : updates;
                bind(statement, context, record, sourceCustomer, customer, now);
                statement.addBatch();
                if (before == null) {
                    insertCount++;
                } else {
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
            if (insertCount > 0) {
                inserts.executeBatch();
            }
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
        handle.createQuery("SELECT source_record_id, content_hash, deleted FROM interaction"
                + " WHERE source_record_id IN (<ids>) AND source_system = :system").bind("system", system)
                .bindList("ids", records.stream().map(MappedRecord::sourceRecordId).toList())
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

    /** Binds the columns of {@link #COLUMNS}, in that order, for the insert or the update. */
    private static void bind(PreparedStatement statement, BatchContext context, MappedRecord record,
            String sourceCustomer, Long customer, OffsetDateTime now) throws SQLException {
        Classification classification = context.classifier().classify(record);
        int column = 0;
        statement.setString(++column, context.recordSource().getName());
        set(statement, ++column, customer, Types.BIGINT);
        statement.setString(++column, sourceCustomer);
        set(statement, ++column, record.field(CanonicalField.OCCURRED_AT), Types.TIMESTAMP_WITH_TIMEZONE);
        statement.setString(++column, context.recordSource().getKind().getLiteral());
        statement.setString(++column, record.text(CanonicalField.CHANNEL));
        statement.setString(++column, record.text(CanonicalField.DIRECTION));
        statement.setString(++column, record.text(CanonicalField.SUBJECT));
        statement.setString(++column, record.text(CanonicalField.SUMMARY));
        statement.setString(++column, record.text(CanonicalField.STATUS));
        set(statement, ++column, record.field(CanonicalField.AMOUNT), Types.NUMERIC);
        statement.setString(++column, record.text(CanonicalField.CURRENCY));
        set(statement, ++column, record.field(CanonicalField.SURVEY_SCORE), Types.DOUBLE);
        statement.setString(++column, record.text(CanonicalField.PAYMENT_STATUS));
        set(statement, ++column, record.field(CanonicalField.DUE_AT), Types.TIMESTAMP_WITH_TIMEZONE);
        statement.setString(++column, classification.channelId());
        statement.setString(++column, classification.touchpointId());
        statement.setString(++column, classification.stageId());
        statement.setBoolean(++column, record.deleted());
        statement.setString(++column, record.contentHash());
        statement.setObject(++column, now);
        statement.setString(++column, context.system());
        statement.setString(++column, record.sourceRecordId());
    }

    private static void set(PreparedStatement statement, int column, Object value, int sqlType) throws SQLException {
        if (value == null) {
            statement.setNull(column, sqlType);
        } else {
            statement.setObject(column, value);
        }
    }
}
