package org.cxm.identity;

import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Creates the golden customers of source customers that are new to the store and match no one, with one
 * batch per table instead of several round trips per customer: the bulk of a first load. Each golden
 * record is its single source's values ({@link GoldenRecords#ofSingleSource}), as a recompute would make it.
 */
final class NewCustomers {

    private NewCustomers() {
    }

    /** Inserts {@code customers}; returns their new golden customers' ids, in the same order. */
    static List<Long> insert(Handle handle, List<SourceCustomer> customers) {
        if (customers.isEmpty()) {
            return List.of();
        }
        OffsetDateTime now = OffsetDateTime.now();
        PreparedBatch golden = handle.prepareBatch("INSERT INTO customer (display_name, first_name, last_name,"
                + " company, email, phone, tax_id, created_at, updated_at) VALUES (:name, :first, :last, :company,"
                + " :email, :phone, :tax, :now, :now)");
        for (SourceCustomer customer : customers) {
            GoldenRecords.Fields fields = GoldenRecords.ofSingleSource(customer);
            golden.bind("name", fields.displayName()).bind("first", fields.firstName()).bind("last", fields.lastName())
                    .bind("company", fields.company()).bind("email", fields.email()).bind("phone", fields.phone())
                    .bind("tax", fields.taxId()).bind("now", now).add();
        }
        List<Long> ids = golden.executePreparedBatch("id").mapTo(Long.class).list();
        if (ids.size() != customers.size()) {
            throw new IllegalStateException("The store returned " + ids.size() + " ids for " + customers.size()
                    + " new customers");
        }
        PreparedBatch sources = handle.prepareBatch(IdentityResolver.INSERT_SOURCE_CUSTOMER);
        PreparedBatch identities = handle.prepareBatch(IdentityResolver.INSERT_IDENTITY);
        for (int i = 0; i < customers.size(); i++) {
            SourceCustomer customer = customers.get(i);
            sources.add(IdentityResolver.columns(customer, ids.get(i)));
            for (NormalizedIdentifier identifier : new LinkedHashSet<>(customer.identifiers())) {
                identities.bind("customer", ids.get(i)).bind("system", customer.system())
                        .bind("id", customer.sourceId()).bind("kind", identifier.kind().name())
                        .bind("value", identifier.value()).add();
            }
        }
        sources.execute();
        if (identities.size() > 0) {
            identities.execute();
        }
        return ids;
    }
}
