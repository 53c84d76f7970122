package org.cxm.identity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cxm.history.SourceCustomerRows;
import org.jdbi.v3.core.Handle;

/**
 * What the store already knows of a source customer: the golden customer it was written to (which may
 * have been merged into another since) and the hash of the content last written.
 */
record KnownCustomer(long customerId, String contentHash) {

    /** Separates the parts of the keys the batch resolution uses; never part of a system name or an id. */
    static final char SEPARATOR = '\u001f';

    static String key(SourceCustomer customer) {
        return customer.system() + SEPARATOR + customer.sourceId();
    }

    /** The known ones among {@code customers}, by {@link #key}; one query per source system. */
    static Map<String, KnownCustomer> find(Handle handle, List<SourceCustomer> customers) {
        Map<String, List<String>> idsBySystem = new HashMap<>();
        for (SourceCustomer customer : customers) {
            idsBySystem.computeIfAbsent(customer.system(), system -> new ArrayList<>()).add(customer.sourceId());
        }
        Map<String, KnownCustomer> known = new HashMap<>();
        idsBySystem.forEach((system, ids) -> SourceCustomerRows.stored(handle, system, ids).forEach((id, stored) -> known
                .put(system + SEPARATOR + id, new KnownCustomer(stored.customerId(), stored.contentHash()))));
        return known;
    }
}
