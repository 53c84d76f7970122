package org.cxm.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.cxm.model.BlockedValue;
import org.cxm.model.IdentifierKind;
import org.cxm.model.IdentityResolution;

/**
 * Identifier values that never merge customers, such as {@code noreply@...}, {@code 0000000000} or
 * {@code unknown}: shared placeholders, not identities.
 */
public final class BlockList {

    private record Entry(IdentifierKind kind, Pattern pattern) {
    }

    private final List<Entry> entries = new ArrayList<>();

    /** The blocked values of {@code resolution}; none when it is {@code null}. */
    public BlockList(IdentityResolution resolution) {
        if (resolution != null) {
            for (BlockedValue blocked : resolution.getBlockedValues()) {
                if (blocked.getPattern() != null && !blocked.getPattern().isEmpty()) {
                    entries.add(new Entry(blocked.getKind(), Pattern.compile(blocked.getPattern(),
                            Pattern.CASE_INSENSITIVE)));
                }
            }
        }
    }

    /** Whether {@code identifier} must never be used to match customers. */
    public boolean blocks(NormalizedIdentifier identifier) {
        if (!identifier.isValid()) {
            return true;
        }
        for (Entry entry : entries) {
            if ((entry.kind() == null || entry.kind() == identifier.kind())
                    && entry.pattern().matcher(identifier.value()).matches()) {
                return true;
            }
        }
        return false;
    }
}
