package org.cxm.sync.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.cxm.history.SourceCustomerRows;
import org.cxm.identity.CustomerMerger;
import org.jdbi.v3.core.Handle;

/**
 * The golden customers of the source customers that the interactions of one record source refer to,
 * remembered across its batches: a source of a million calls usually refers to far fewer customers, and
 * each is looked up once. After a batch merged customers, a remembered customer may have been merged away:
 * those remembered before are checked again (one query for the batch) when next used. After a rollback
 * the sync forgets them all.
 */
final class CustomerIds {

    /** Beyond this many, customers are looked up again rather than remembered. */
    private static final int LIMIT = 1_000_000;

    private final String system;

    /** Each remembered source customer's golden customer and the merge epoch it was checked in. */
    private final Map<String, long[]> remembered = new HashMap<>();

    /** Counts the batches that merged customers. */
    private long epoch;

    private final CustomerMerger merger = new CustomerMerger();

    CustomerIds(String system) {
        this.system = system;
    }

    /** The active golden customer of each of {@code sourceIds} that the store knows. */
    Map<String, Long> find(Handle handle, Collection<String> sourceIds) {
        Map<String, Long> found = new HashMap<>();
        List<String> missing = new ArrayList<>();
        List<long[]> stale = new ArrayList<>();
        for (String id : new LinkedHashSet<>(sourceIds)) {
            long[] customer = remembered.get(id);
            if (customer == null) {
                missing.add(id);
                continue;
            }
            if (customer[1] < epoch) {
                stale.add(customer);
            }
            found.put(id, customer[0]);
        }
        if (!stale.isEmpty()) {
            Map<Long, Long> active = merger.activeIds(handle, stale.stream().map(customer -> customer[0]).toList());
            stale.forEach(customer -> {
                customer[0] = active.get(customer[0]);
                customer[1] = epoch;
            });
            found.replaceAll((id, customer) -> active.getOrDefault(customer, customer));
        }
        if (!missing.isEmpty()) {
            Map<String, Long> written = SourceCustomerRows.customerIds(handle, system, missing);
            Map<Long, Long> active = merger.activeIds(handle, written.values());
            written.forEach((id, customer) -> {
                found.put(id, active.get(customer));
                if (remembered.size() < LIMIT) {
                    remembered.put(id, new long[] { active.get(customer), epoch });
                }
            });
        }
        return found;
    }

    /** Marks what is remembered as possibly merged away since. */
    void merged() {
        epoch++;
    }

    void forget() {
        remembered.clear();
    }
}
