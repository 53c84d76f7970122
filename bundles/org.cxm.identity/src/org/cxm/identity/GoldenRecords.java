package org.cxm.identity;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cxm.model.IdentifierKind;
import org.cxm.model.SurvivorshipStrategy;
import org.jdbi.v3.core.Handle;

/**
 * Builds a golden customer record from its source customers: each field takes the value of the first
 * source that has one, sources ordered by the survivorship strategy (most trusted source, or most recent
 * update). Deleted source customers do not contribute.
 */
public final class GoldenRecords {

    private final String order;

    public GoldenRecords(SurvivorshipStrategy strategy) {
        this.order = strategy == SurvivorshipStrategy.MOST_RECENT
                ? "s.source_updated_at DESC NULLS LAST, s.source_priority"
                : "s.source_priority, s.source_updated_at DESC NULLS LAST";
    }

    /** The fields of a golden record. */
    record Fields(String displayName, String firstName, String lastName, String company, String email,
            String phone, String taxId) {
    }

    /**
     * The golden record of a customer with one source, which must not be deleted: that source's values, the
     * first identifier of each kind; what {@link #recompute} makes of it, without reading the store.
     */
    static Fields ofSingleSource(SourceCustomer source) {
        return new Fields(nonBlank(source.displayName()), nonBlank(source.firstName()), nonBlank(source.lastName()),
                nonBlank(source.company()), first(source, IdentifierKind.EMAIL), first(source, IdentifierKind.PHONE),
                first(source, IdentifierKind.TAX_ID));
    }

    private static String first(SourceCustomer source, IdentifierKind kind) {
        return source.identifiers().stream().filter(identifier -> identifier.kind() == kind)
                .map(NormalizedIdentifier::value).findFirst().orElse(null);
    }

    private static String nonBlank(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    public void recompute(Handle handle, long customer) {
        List<Map<String, Object>> sources = handle.createQuery("SELECT s.source_system, s.source_id, s.display_name,"
                + " s.first_name, s.last_name, s.company FROM source_customer s WHERE s.customer_id = :customer"
                + " AND s.deleted = FALSE ORDER BY " + order).bind("customer", customer).mapToMap().list();
        Map<String, String> identifiers = firstIdentifiers(handle, customer);
        handle.createUpdate("UPDATE customer SET display_name = :name, first_name = :first, last_name = :last,"
                + " company = :company, email = :email, phone = :phone, tax_id = :tax, updated_at = :now WHERE id = :id")
                .bind("name", first(sources, "display_name")).bind("first", first(sources, "first_name"))
                .bind("last", first(sources, "last_name")).bind("company", first(sources, "company"))
                .bind("email", identifiers.get("EMAIL")).bind("phone", identifiers.get("PHONE"))
                .bind("tax", identifiers.get("TAX_ID")).bind("now", OffsetDateTime.now())
                .bind("id", customer).execute();
    }

    /** The surviving identifier of each kind: from the first source in survivorship order, then the oldest. */
    private Map<String, String> firstIdentifiers(Handle handle, long customer) {
        Map<String, String> identifiers = new HashMap<>();
        handle.createQuery("SELECT i.kind, i.normalized_value FROM customer_identity i JOIN source_customer s"
                + " ON s.source_system = i.source_system AND s.source_id = i.source_id"
                + " WHERE i.customer_id = :customer AND s.deleted = FALSE ORDER BY " + order + ", i.id")
                .bind("customer", customer).map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
                .forEach(entry -> identifiers.putIfAbsent(entry.getKey(), entry.getValue()));
        return identifiers;
    }

    private static String first(List<Map<String, Object>> sources, String column) {
        for (Map<String, Object> source : sources) {
            Object value = source.get(column);
            if (value != null && !value.toString().isBlank()) {
                return value.toString();
            }
        }
        return null;
    }
}
