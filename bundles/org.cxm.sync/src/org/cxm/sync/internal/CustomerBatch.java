package org.cxm.sync.internal;

import java.time.OffsetDateTime;
import java.util.List;

import org.cxm.identity.Resolution;
import org.cxm.identity.SourceCustomer;
import org.cxm.model.CanonicalField;
import org.cxm.sync.internal.RecordMapper.RejectedRecord;
import org.cxm.sync.spi.SourceRecord;
import org.jdbi.v3.core.Handle;

/** Writes a batch of customer records: identity resolution, merges and golden records, in one transaction. */
final class CustomerBatch {

    private CustomerBatch() {
    }

    static Counts write(Handle handle, BatchContext context, List<SourceRecord> records) {
        Counts counts = new Counts();
        for (SourceRecord record : records) {
            counts.read++;
            MappedRecord mapped;
            try {
                mapped = context.mapper().map(record);
            } catch (RejectedRecord e) {
                RunJournal.deadLetter(handle, context.runId(), context.system(), context.recordSource().getName(),
                        record.key(), e.getMessage(), record.columns());
                counts.deadLettered++;
                continue;
            }
            Resolution resolution = context.resolver().resolve(handle, sourceCustomer(context, mapped));
            count(counts, resolution, mapped.deleted());
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
