package org.cxm.sync.internal;

import java.util.List;
import java.util.Map;

import org.cxm.identity.NormalizedIdentifier;
import org.cxm.model.CanonicalField;
import org.cxm.sync.spi.SourceRecord;

/**
 * A source record in the history's terms: canonical field values, normalised identifiers, whether the
 * source marks it deleted, and a hash of its content to skip records that did not change.
 *
 * @param sourceRecordId the history's id of the record: record source name and key
 * @param invalidPhones why each phone number of the record that could not be read is not among its
 *            identifiers; the record is synced without it
 */
record MappedRecord(SourceRecord source, String sourceRecordId, Map<CanonicalField, Object> fields,
        List<NormalizedIdentifier> identifiers, boolean deleted, String contentHash, List<String> invalidPhones) {

    Object field(CanonicalField field) {
        return fields.get(field);
    }

    String text(CanonicalField field) {
        Object value = fields.get(field);
        return value == null ? null : value.toString();
    }
}
