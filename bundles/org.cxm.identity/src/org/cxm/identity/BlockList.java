package org.cxm.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.cxm.model.BlockedValue;
import org.cxm.model.IdentifierKind;
import org.cxm.model.IdentityResolution;

/**
 * Identifier values that never merge customers, such as {@code noreply@...}, {@code 0000000000} or
 * {@code unknown}: shared placeholders, not identities. A blocked value never matches on its own; in a
 * pair rule (last name and phone, say) it still matches together with the pair's other values, unless it
 * is blocked for pairs too ({@code blocksPairs}): a switchboard number shared by real people is blocked
 * for single rules only, a placeholder such as {@code 0000000000} for pairs as well.
 */
public final class BlockList {

    private record Entry(IdentifierKind kind, Pattern pattern, boolean blocksPairs) {
    }

    private final List<Entry> entries = new ArrayList<>();

    /** The blocked values of {@code resolution}; none when it is {@code null}. */
    public BlockList(IdentityResolution resolution) {
        if (resolution != null) {
            for (BlockedValue blocked : resolution.getBlockedValues()) {
                if (blocked.getPattern() != null && !blocked.getPattern().isEmpty()) {
                    entries.add(new Entry(blocked.getKind(), Pattern.compile(blocked.getPattern(),
                            Pattern.CASE_INSENSITIVE), blocked.isBlocksPairs()));
                }
            }
        }
    }

    /** Whether {@code identifier} must never be used to match customers on its own. */
    public boolean blocks(NormalizedIdentifier identifier) {
        return blocks(identifier, false);
    }

    /** Whether {@code identifier} must not be used even together with others, in a pair rule. */
    public boolean blocksInPair(NormalizedIdentifier identifier) {
        return blocks(identifier, true);
    }

    private boolean blocks(NormalizedIdentifier identifier, boolean inPair) {
        if (!identifier.isValid()) {
            return true;
        }
        for (Entry entry : entries) {
            if ((entry.kind() == null || entry.kind() == identifier.kind()) && (!inPair || entry.blocksPairs())
                    && entry.pattern().matcher(identifier.value()).matches()) {
                return true;
            }
        }
        return false;
    }
}
