package org.cxm.sync.internal;

import org.cxm.identity.IdentityResolver;
import org.cxm.model.DataSource;
import org.cxm.model.RecordSource;

/**
 * Everything the writing of one batch needs to know about where it comes from.
 *
 * @param runId the sync run, for its dead letters
 */
record BatchContext(long runId, DataSource dataSource, RecordSource recordSource, RecordMapper mapper,
        Classifier classifier, IdentityResolver resolver) {

    String system() {
        return dataSource.getName();
    }

    /** The history's id of a source customer: its record source and key, unique within the system. */
    static String customerId(RecordSource customers, String key) {
        return customers.getName() + ":" + key;
    }
}
