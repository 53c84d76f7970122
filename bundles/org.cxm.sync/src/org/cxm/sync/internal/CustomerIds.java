package org.cxm.sync.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.cxm.identity.CustomerMerger;
import org.jdbi.v3.core.Handle;

/**
 * The golden customers of the source customers that the interactions of one record source refer to,
 * remembered across its batches: a source of a million calls usually refers to far fewer customers, and
 * each is looked up once. The sync forgets them whenever a batch merged customers or was rolled back, when
 * what was remembered may no longer hold.
 */
final class CustomerIds {

    /** Beyond this many, customers are looked up again rather than remembered. */
    private static final int LIMIT = 1_000_000;

    private final String system;

    private final Map<String, Long> remembered = new HashMap<>();

    private final CustomerMerger merger = new CustomerMerger();

    CustomerIds(String system) {
        this.system = system;
    }

    /** The active golden customer of each of {@code sourceIds} that the store knows. */
    Map<String, Long> find(Handle handle, Collection<String> sourceIds) {
        Map<String, Long> found = new HashMap<>();
        List<String> missing = new ArrayList<>();
        for (String id : new LinkedHashSet<>(sourceIds)) {
            Long customer = remembered.get(id);
            if (customer != null) {
                found.put(id, customer);
            } else {
                missing.add(id);
            }
        }
        if (!missing.isEmpty()) {
            Map<String, Long> written = new HashMap<>();
            handle.createQuery("SELECT source_id, customer_id FROM source_customer WHERE source_id IN (<ids>)"
                    + " AND source_system = :system").bind("system", system).bindList("ids", missing)
                    .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getLong(2)))
                    .forEach(entry -> written.put(entry.getKey(), entry.getValue()));
            Map<Long, Long> active = merger.activeIds(handle, written.values());
            written.forEach((id, customer) -> {
                found.put(id, active.get(customer));
                if (remembered.size() < LIMIT) {
                    remembered.put(id, active.get(customer));
                }
            });
        }
        return found;
    }

    void forget() {
        remembered.clear();
    }
}
