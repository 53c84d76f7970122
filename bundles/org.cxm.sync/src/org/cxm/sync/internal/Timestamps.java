package org.cxm.sync.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Reads timestamps written as text: ISO with or without offset, with a blank or T, or a bare date. */
final class Timestamps {

    private Timestamps() {
    }

    /** Text without an offset is taken as UTC, as CRMs and ERPs store it. */
    static OffsetDateTime parse(String text) {
        String iso = text.strip().replace(' ', 'T');
        try {
            return OffsetDateTime.parse(iso);
        } catch (DateTimeParseException e) {
            if (iso.length() == 10) {
                return LocalDate.parse(iso).atStartOfDay().atOffset(ZoneOffset.UTC);
            }
            return LocalDateTime.parse(iso).atOffset(ZoneOffset.UTC);
        }
    }
}
