package org.cxm.identity;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A customer as one source system knows it, ready for identity resolution.
 *
 * @param priority the source's survivorship priority, 1 the most trusted
 * @param contentHash a hash of everything above, to skip records that did not change
 */
public record SourceCustomer(String system, String sourceId, int priority, OffsetDateTime updatedAt,
        String displayName, String firstName, String lastName, String company,
        List<NormalizedIdentifier> identifiers, boolean deleted, String contentHash) {
}
