package org.cxm.history;

import java.time.OffsetDateTime;

/**
 * A merge of two customers as the journal keeps it: which rule and which shared identifier value caused it,
 * and when it was undone, if it was.
 */
public record MergeRecord(long id, OffsetDateTime mergedAt, String rule, String identifierKind,
        String identifierValue, long survivorId, long mergedId, OffsetDateTime undoneAt) {
}
