package org.cxm.sync.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.cxm.history.InteractionRows;
import org.cxm.history.SourceCustomerRows;
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
        List<String> stored = jdbi.withHandle(handle -> customers ? SourceCustomerRows.liveIds(handle, system)
                : InteractionRows.liveIds(handle, system, source.getName()));
        List<String> gone = new ArrayList<>();
        for (String id : stored) {
            if (id.startsWith(prefix) && !keys.contains(id.substring(prefix.length()))) {
                gone.add(id);
            }
        }
        Counts counts = new Counts();
        for (int from = 0; from < gone.size(); from += CHUNK) {
            List<String> chunk = gone.subList(from, Math.min(gone.size(), from + CHUNK));
            counts.deleted += jdbi.withHandle(handle -> customers ? SourceCustomerRows.markDeleted(handle, system, chunk)
                    : InteractionRows.markDeleted(handle, system, chunk));
        }
        return counts;
    }

    /** Links interactions to their customer once it exists (customers may arrive after their interactions). */
    static void linkOrphans(Jdbi jdbi, String system) {
        jdbi.useHandle(handle -> InteractionRows.linkOrphans(handle, system));
    }
}
