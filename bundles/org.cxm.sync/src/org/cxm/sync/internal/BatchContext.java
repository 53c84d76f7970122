package org.cxm.sync.internal;

import java.util.List;

import org.cxm.history.HistoryStore;
import org.cxm.identity.IdentityResolver;
import org.cxm.model.DataSource;
import org.cxm.model.RecordSource;
import org.jdbi.v3.core.Handle;

/**
 * Everything the writing of one batch needs to know about where it comes from.
 *
 * @param runId the sync run, for its dead letters
 * @param customerIds the customers the batches of this record source have looked up
 * @param implicitCustomers the customers the identifiers of this record source's records imply
 * @param store the store the batch is written to
 */
record BatchContext(long runId, DataSource dataSource, RecordSource recordSource, RecordMapper mapper,
        Classifier classifier, IdentityResolver resolver, CustomerIds customerIds, ImplicitCustomers implicitCustomers,
        HistoryStore store) {

    /**
     * Counts {@code batch} as read, writes the records its mapping rejected to the dead letters, with
     * their reasons, and counts the phone numbers it could not read as warnings; returns the mapped
     * records, which the rest of the batch writes.
     */
    List<MappedRecord> accept(Handle handle, ReadBatch batch, Counts counts) {
        counts.read += batch.size();
        for (ReadBatch.Rejected rejected : batch.rejected()) {
            RunJournal.deadLetter(handle, runId, system(), recordSource.getName(), rejected.record().key(),
                    rejected.reason(), rejected.record());
            counts.deadLettered++;
        }
        for (MappedRecord record : batch.mapped()) {
            for (String problem : record.invalidPhones()) {
                counts.invalidPhones++;
                counts.warn(system() + " / " + record.sourceRecordId() + ": " + problem);
            }
        }
        return batch.mapped();
    }

    String system() {
        return dataSource.getName();
    }

    /** The history's id of a source customer: its record source and key, unique within the system. */
    static String customerId(RecordSource customers, String key) {
        return customers.getName() + ":" + key;
    }
}
