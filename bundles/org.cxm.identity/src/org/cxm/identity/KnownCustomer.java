package org.cxm.identity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cxm.history.InList;
import org.jdbi.v3.core.Handle;

/**
 * What the store already knows of a source customer: the golden customer it was written to (which may
 * have been merged into another since) and the hash of the content last written.
 *
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
        // By source id alone, so that H2 takes the index led by it; the system is checked here.
        idsBySystem.forEach((system, ids) -> {
            InList sourceIds = InList.of(handle, "ids", String.class, ids);
            sourceIds.bind(handle.createQuery("SELECT source_id, source_system, customer_id, content_hash"
                    + " FROM source_customer WHERE " + sourceIds.matches("source_id")))
                    .map((rs, ctx) -> rs.getString(2).equals(system) ? Map.entry(system + SEPARATOR + rs.getString(1),
                            new KnownCustomer(rs.getLong(3), rs.getString(4))) : null)
                    .forEach(entry -> {
                        if (entry != null) {
                            known.put(entry.getKey(), entry.getValue());
                        }
                    });
        });
        return known;
    }
}
