package org.cxm.identity;

import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;

import org.cxm.history.SearchTerms;
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

    /**
     * On PostgreSQL, {@code count} new customer ids taken from the id column's sequence in one query:
     * pgjdbc sends a batch that returns generated keys one statement per round trip, a batch without them in
     * a few. {@code null} elsewhere (H2 is embedded: there are no round trips to save).
     */
    private static List<Long> reserveIds(Handle handle, int count) {
        try {
            if (!"PostgreSQL".equals(handle.getConnection().getMetaData().getDatabaseProductName())) {
                return null;
            }
        } catch (SQLException e) {
            return null;
        }
        return handle.createQuery("SELECT nextval(pg_get_serial_sequence('customer', 'id'))"
                + " FROM generate_series(1, :count)").bind("count", count).mapTo(Long.class).list();
    }

    /** Inserts {@code customers}; returns their new golden customers' ids, in the same order. */
    static List<Long> insert(Handle handle, List<SourceCustomer> customers) {
        if (customers.isEmpty()) {
            return List.of();
        }
        OffsetDateTime now = OffsetDateTime.now();
        List<Long> reserved = reserveIds(handle, customers.size());
        PreparedBatch golden = handle.prepareBatch("INSERT INTO customer (" + (reserved == null ? "" : "id, ")
                + "display_name, first_name, last_name, company, email, phone, tax_id, created_at, updated_at) VALUES ("
                + (reserved == null ? "" : ":id, ") + ":name, :first, :last, :company, :email, :phone, :tax, :now, :now)");
        for (int i = 0; i < customers.size(); i++) {
            GoldenRecords.Fields fields = GoldenRecords.ofSingleSource(customers.get(i));
            if (reserved != null) {
                golden.bind("id", reserved.get(i));
            }
            golden.bind("name", fields.displayName()).bind("first", fields.firstName()).bind("last", fields.lastName())
                    .bind("company", fields.company()).bind("email", fields.email()).bind("phone", fields.phone())
                    .bind("tax", fields.taxId()).bind("now", now).add();
        }
        List<Long> ids;
        if (reserved != null) {
            golden.execute();
            ids = reserved;
        } else {
            ids = golden.executePreparedBatch("id").mapTo(Long.class).list();
        }
        if (ids.size() != customers.size()) {
            throw new IllegalStateException("The store returned " + ids.size() + " ids for " + customers.size()
                    + " new customers");
        }
        PreparedBatch sources = handle.prepareBatch(IdentityResolver.INSERT_SOURCE_CUSTOMER);
        PreparedBatch identities = handle.prepareBatch(IdentityResolver.INSERT_IDENTITY);
        PreparedBatch terms = SearchTerms.insertBatch(handle);
        for (int i = 0; i < customers.size(); i++) {
            SourceCustomer customer = customers.get(i);
            sources.add(IdentityResolver.columns(customer, ids.get(i)));
            IdentityResolver.searchTerms(customer).bind(terms, ids.get(i), customer.system(), customer.sourceId());
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
        terms.execute();
        return ids;
    }
}
