package org.cxm.sync.internal;

import java.util.ArrayList;
import java.util.List;

import org.cxm.history.internal.Dialect;
import org.cxm.identity.IdentityResolver;
import org.cxm.model.DataSource;
import org.cxm.model.RecordSource;
import org.cxm.sync.internal.RecordMapper.RejectedRecord;
import org.cxm.sync.spi.SourceRecord;
import org.jdbi.v3.core.Handle;

/**
 * Everything the writing of one batch needs to know about where it comes from.
 *
 * @param runId the sync run, for its dead letters
 * @param customerIds the customers the batches of this record source have looked up
 * @param dialect the store's, for its look-ups
 */
record BatchContext(long runId, DataSource dataSource, RecordSource recordSource, RecordMapper mapper,
        Classifier classifier, IdentityResolver resolver, CustomerIds customerIds, Dialect dialect) {

    /**
     * Maps {@code records}, counting them as read; a record the mapping rejects goes to the dead letters
     * with its reason and the rest of the batch goes on.
     */
    List<MappedRecord> map(Handle handle, List<SourceRecord> records, Counts counts) {
        List<MappedRecord> mapped = new ArrayList<>(records.size());
        for (SourceRecord record : records) {
            counts.read++;
            try {
                mapped.add(mapper.map(record));
            } catch (RejectedRecord e) {
                RunJournal.deadLetter(handle, runId, system(), recordSource.getName(), record.key(), e.getMessage(),
                        record.columns());
                counts.deadLettered++;
            }
        }
        return mapped;
    }

    String system() {
        return dataSource.getName();
    }

    /** The history's id of a source customer: its record source and key, unique within the system. */
    static String customerId(RecordSource customers, String key) {
        return customers.getName() + ":" + key;
    }
}
