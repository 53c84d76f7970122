package org.cxm.sync.internal;

import java.util.ArrayList;
import java.util.List;

import org.cxm.sync.internal.RecordMapper.RejectedRecord;
import org.cxm.sync.spi.Cursor;
import org.cxm.sync.spi.SourceRecord;

/**
 * A batch as read from a record source and mapped, ready to be written: the records the mapping accepted,
 * and those it rejected with the reason, for the dead letters.
 *
 * @param size how many records were read
 * @param last the cursor of the last record read, where the next batch starts
 */
record ReadBatch(int size, Cursor last, List<MappedRecord> mapped, List<Rejected> rejected) {

    /** A record the mapping rejected, and why. */
    record Rejected(SourceRecord record, String reason) {
    }

    static ReadBatch map(List<SourceRecord> records, RecordMapper mapper) {
        List<MappedRecord> mapped = new ArrayList<>(records.size());
        List<Rejected> rejected = new ArrayList<>();
        for (SourceRecord record : records) {
            try {
                mapped.add(mapper.map(record));
            } catch (RejectedRecord e) {
                rejected.add(new Rejected(record, e.getMessage()));
            }
        }
        return new ReadBatch(records.size(), records.isEmpty() ? null : records.get(records.size() - 1).cursor(),
                mapped, rejected);
    }

    boolean isEmpty() {
        return size == 0;
    }
}
