package org.cxm.identity;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cxm.history.InList;
import org.cxm.model.IdentifierKind;
import org.cxm.model.SurvivorshipStrategy;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.SqlStatement;

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

        /** The fields of a customer none of whose sources has any value (or none that is not deleted). */
        static final Fields EMPTY = new Fields(null, null, null, null, null, null, null);
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

    /** Rebuilds the golden record of {@code customer} from its source customers that are not deleted. */
    public void recompute(Handle handle, long customer) {
        recomputeAll(handle, List.of(customer));
    }

    /**
     * Rebuilds the golden records of {@code customers}, with one query for their sources, one for their
     * identities and one batch of updates. The surviving identifier of each kind comes from the first source
     * in survivorship order, then the oldest identity.
     */
    void recomputeAll(Handle handle, Collection<Long> customers) {
        if (customers.isEmpty()) {
            return;
        }
        List<Long> ids = new ArrayList<>(customers);
        Map<Long, List<Map<String, Object>>> sources = new HashMap<>();
        InList keys = InList.of(handle, "ids", Long.class, ids);
        keys.bind(handle.createQuery("SELECT s.customer_id, s.display_name, s.first_name, s.last_name, s.company"
                + " FROM source_customer s WHERE " + keys.matches("s.customer_id") + " AND s.deleted = FALSE ORDER BY "
                + order)).mapToMap().forEach(row -> sources.computeIfAbsent(
                        ((Number) row.get("customer_id")).longValue(), id -> new ArrayList<>()).add(row));
        Map<Long, Map<String, String>> identifiers = new HashMap<>();
        keys.bind(handle.createQuery("SELECT i.customer_id, i.kind, i.normalized_value FROM customer_identity i"
                + " JOIN source_customer s ON s.source_system = i.source_system AND s.source_id = i.source_id"
                + " WHERE " + keys.matches("i.customer_id") + " AND s.deleted = FALSE ORDER BY " + order + ", i.id"))
                .map((rs, ctx) -> new Object[] { rs.getLong(1), rs.getString(2), rs.getString(3) })
                .forEach(row -> identifiers.computeIfAbsent((Long) row[0], id -> new HashMap<>())
                        .putIfAbsent((String) row[1], (String) row[2]));
        PreparedBatch updates = handle.prepareBatch(UPDATE);
        OffsetDateTime now = OffsetDateTime.now();
        for (long id : ids) {
            bind(updates, sources.getOrDefault(id, List.of()), identifiers.getOrDefault(id, Map.of()), now, id).add();
        }
        updates.execute();
    }

    private static final String UPDATE = "UPDATE customer SET display_name = :name, first_name = :first,"
            + " last_name = :last, company = :company, email = :email, phone = :phone, tax_id = :tax, updated_at = :now"
            + " WHERE id = :id";

    private static <S extends SqlStatement<S>> S bind(S statement, List<Map<String, Object>> sources,
            Map<String, String> identifiers, OffsetDateTime now, long customer) {
        return statement.bind("name", first(sources, "display_name")).bind("first", first(sources, "first_name"))
                .bind("last", first(sources, "last_name")).bind("company", first(sources, "company"))
                .bind("email", identifiers.get("EMAIL")).bind("phone", identifiers.get("PHONE"))
                .bind("tax", identifiers.get("TAX_ID")).bind("now", now).bind("id", customer);
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
