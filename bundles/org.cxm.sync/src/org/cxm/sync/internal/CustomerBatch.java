package org.cxm.sync.internal;

import java.time.OffsetDateTime;
import java.util.List;

import org.cxm.identity.Resolution;
import org.cxm.identity.SourceCustomer;
import org.cxm.model.CanonicalField;
import org.jdbi.v3.core.Handle;

/**
 * Writes a batch of customer records: identity resolution of the whole batch (merges and golden records),
 * in the caller's transaction.
 */
final class CustomerBatch {

    private CustomerBatch() {
    }

    static Counts write(Handle handle, BatchContext context, ReadBatch batch) {
        Counts counts = new Counts();
        List<MappedRecord> mapped = context.accept(handle, batch, counts);
        List<Resolution> resolutions = context.resolver().resolveAll(handle,
                mapped.stream().map(record -> sourceCustomer(context, record)).toList());
        for (int i = 0; i < mapped.size(); i++) {
            count(counts, resolutions.get(i), mapped.get(i).deleted());
        }
        return counts;
    }

    static SourceCustomer sourceCustomer(BatchContext context, MappedRecord mapped) {
        String display = mapped.text(CanonicalField.DISPLAY_NAME);
        if (display == null && (mapped.text(CanonicalField.FIRST_NAME) != null
                || mapped.text(CanonicalField.LAST_NAME) != null)) {
            display = String.join(" ", nonNull(mapped.text(CanonicalField.FIRST_NAME)),
                    nonNull(mapped.text(CanonicalField.LAST_NAME))).strip();
        }
        return new SourceCustomer(context.system(),
                BatchContext.customerId(context.recordSource(), mapped.source().key()),
                context.dataSource().getPriority(), (OffsetDateTime) mapped.field(CanonicalField.OCCURRED_AT), display,
                mapped.text(CanonicalField.FIRST_NAME), mapped.text(CanonicalField.LAST_NAME),
                mapped.text(CanonicalField.COMPANY), mapped.identifiers(), mapped.deleted(), mapped.contentHash());
    }

    private static void count(Counts counts, Resolution resolution, boolean deleted) {
        if (!resolution.changed()) {
            return;
        }
        if (deleted) {
            counts.deleted++;
        } else if (resolution.created()) {
            counts.inserted++;
        } else {
            counts.updated++;
        }
        counts.merged += resolution.merges().size();
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
