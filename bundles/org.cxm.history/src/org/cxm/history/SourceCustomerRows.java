package org.cxm.history;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jdbi.v3.core.Handle;

/**
 * What the sync reads and marks of the source customers ({@code source_customer}) and their identifiers
 * ({@code customer_identity}), which identity resolution writes: the golden customer of each, the
 * identifiers the store has, and those the source no longer has. Everything runs in the caller's transaction.
 */
public final class SourceCustomerRows {

    /**
     * A source customer as stored.
     *
     * @param customerId the golden customer it was resolved to, perhaps merged into another since
     */
    public record Stored(String sourceId, long customerId, String displayName) {
    }

    /** One stored identifier of a source customer: its kind's name and its normalised value. */
    public record Identifier(String sourceId, String kind, String normalizedValue) {
    }

    private SourceCustomerRows() {
    }

    /** The golden customer (perhaps merged away since) of those of {@code sourceIds} of {@code system} stored. */
    public static Map<String, Long> customerIds(Handle handle, String system, Collection<String> sourceIds) {
        Map<String, Long> found = new HashMap<>();
        InList ids = InList.of(handle, "ids", String.class, sourceIds);
        ids.bind(handle.createQuery("SELECT source_id, customer_id FROM source_customer WHERE "
                + ids.matches("source_id") + " AND source_system = :system")).bind("system", system)
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getLong(2)))
                .forEach(entry -> found.put(entry.getKey(), entry.getValue()));
        return found;
    }

    /** Those of {@code sourceIds} that {@code system} has stored. */
    public static List<Stored> find(Handle handle, String system, Collection<String> sourceIds) {
        // By source id alone, so that H2 takes the indexes led by it; the system is checked here.
        InList ids = InList.of(handle, "ids", String.class, sourceIds);
        return ids.bind(handle.createQuery("SELECT source_id, source_system, customer_id, display_name"
                + " FROM source_customer WHERE " + ids.matches("source_id")))
                .map((rs, ctx) -> system.equals(rs.getString(2))
                        ? new Stored(rs.getString(1), rs.getLong(3), rs.getString(4)) : null)
                .stream().filter(stored -> stored != null).toList();
    }

    /** The stored identifiers of those of {@code sourceIds} of {@code system}, in the order they were stored. */
    public static List<Identifier> identifiers(Handle handle, String system, Collection<String> sourceIds) {
        InList ids = InList.of(handle, "ids", String.class, sourceIds);
        return ids.bind(handle.createQuery("SELECT source_id, source_system, kind, normalized_value"
                + " FROM customer_identity WHERE " + ids.matches("source_id") + " ORDER BY id"))
                .map((rs, ctx) -> system.equals(rs.getString(2))
                        ? new Identifier(rs.getString(1), rs.getString(3), rs.getString(4)) : null)
                .stream().filter(identifier -> identifier != null).toList();
    }

    /** The ids of the source customers of {@code system} that are not marked deleted. */
    public static List<String> liveIds(Handle handle, String system) {
        return handle.createQuery("SELECT source_id FROM source_customer WHERE source_system = :system"
                + " AND deleted = FALSE").bind("system", system).mapTo(String.class).list();
    }

    /** Marks deleted those of {@code sourceIds} of {@code system} that are not yet; returns how many. */
    public static int markDeleted(Handle handle, String system, Collection<String> sourceIds) {
        if (sourceIds.isEmpty()) {
            return 0;
        }
        return handle.createUpdate("UPDATE source_customer SET deleted = TRUE WHERE source_system = :system"
                + " AND deleted = FALSE AND source_id IN (<ids>)").bind("system", system)
                .bindList("ids", sourceIds).execute();
    }
}
