package org.cxm.sync.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.cxm.model.RecordKind;
import org.cxm.model.RecordSource;
import org.cxm.sync.spi.SourceException;
import org.cxm.sync.spi.SourceSession;
import org.jdbi.v3.core.Jdbi;

/**
 * Repairs what incremental reads cannot see: records deleted physically in the source (found by comparing
 * keys), and interactions stored before the customer they refer to.
 */
final class Reconciliation {

    private static final int CHUNK = 1000;

    private Reconciliation() {
    }

    /** Marks deleted every stored record of {@code source} whose key the source no longer has. */
    static Counts markDeleted(Jdbi jdbi, SourceSession session, String system, RecordSource source)
            throws SourceException {
        Set<String> keys = session.keys(source);
        String prefix = source.getName() + ":";
        boolean customers = source.getKind() == RecordKind.CUSTOMER;
        List<String> stored = jdbi.withHandle(handle -> handle.createQuery(customers
                ? "SELECT source_id FROM source_customer WHERE source_system = :system AND deleted = FALSE"
                : "SELECT source_record_id FROM interaction WHERE source_system = :system AND deleted = FALSE"
                        + " AND record_source = :source")
                .bind("system", system).bind("source", source.getName()).mapTo(String.class).list());
        List<String> gone = new ArrayList<>();
        for (String id : stored) {
            if (id.startsWith(prefix) && !keys.contains(id.substring(prefix.length()))) {
                gone.add(id);
            }
        }
        Counts counts = new Counts();
        for (int from = 0; from < gone.size(); from += CHUNK) {
            List<String> chunk = gone.subList(from, Math.min(gone.size(), from + CHUNK));
            counts.deleted += jdbi.withHandle(handle -> handle.createUpdate(customers
                    ? "UPDATE source_customer SET deleted = TRUE WHERE source_system = :system AND source_id IN (<ids>)"
                    : "UPDATE interaction SET deleted = TRUE WHERE source_system = :system"
                            + " AND source_record_id IN (<ids>)")
                    .bind("system", system).bindList("ids", chunk).execute());
        }
        return counts;
    }

    /** Links interactions to their customer once it exists (customers may arrive after their interactions). */
    static void linkOrphans(Jdbi jdbi, String system) {
        jdbi.useHandle(handle -> handle.createUpdate("UPDATE interaction SET customer_id = (SELECT"
                + " COALESCE(c.merged_into, c.id) FROM source_customer s JOIN customer c ON c.id = s.customer_id"
                + " WHERE s.source_system = interaction.source_system AND s.source_id = interaction.source_customer_id)"
                + " WHERE customer_id IS NULL AND source_system = :system AND source_customer_id IS NOT NULL")
                .bind("system", system).execute());
    }
}
