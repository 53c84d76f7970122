package org.cxm.identity;

import org.cxm.model.IdentifierKind;

/**
 * The result of normalising a raw identifier: its comparable value, or why there is none.
 *
 * @param kind the kind of identifier
 * @param value the normalised value, or {@code null} when the raw value is empty or invalid
 * @param problem why the raw value is invalid, or {@code null}
 */
public record NormalizedIdentifier(IdentifierKind kind, String value, String problem) {

    static NormalizedIdentifier of(IdentifierKind kind, String value) {
        return new NormalizedIdentifier(kind, value, null);
    }

    static NormalizedIdentifier empty(IdentifierKind kind) {
        return new NormalizedIdentifier(kind, null, null);
    }

    static NormalizedIdentifier invalid(IdentifierKind kind, String problem) {
        return new NormalizedIdentifier(kind, null, problem);
    }

    public boolean isValid() {
        return value != null;
    }
}
