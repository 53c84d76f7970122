package org.cxm.identity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.cxm.history.CustomerRows;
import org.cxm.history.CustomerRows.Golden;
import org.cxm.history.IdentityRows;
import org.cxm.history.SourceCustomerRows;
import org.cxm.model.IdentifierKind;
import org.cxm.model.SurvivorshipStrategy;
import org.jdbi.v3.core.Handle;

/**
 * Builds a golden customer record from its source customers: each field takes the value of the first
 * source that has one, sources ordered by the survivorship strategy (most trusted source, or most recent
 * update). Deleted source customers do not contribute.
 */
public final class GoldenRecords {

    private final SourceCustomerRows.Survivorship order;

    public GoldenRecords(SurvivorshipStrategy strategy) {
        this.order = strategy == SurvivorshipStrategy.MOST_RECENT ? SourceCustomerRows.Survivorship.MOST_RECENT
                : SourceCustomerRows.Survivorship.SOURCE_PRIORITY;
    }

    /**
     * The golden record of a customer with one source, which must not be deleted: that source's values, the
     * first identifier of each kind; what {@link #recompute} makes of it, without reading the store.
     */
    static Golden ofSingleSource(SourceCustomer source) {
        return new Golden(nonBlank(source.displayName()), nonBlank(source.firstName()), nonBlank(source.lastName()),
                nonBlank(source.company()), first(source, IdentifierKind.EMAIL), first(source, IdentifierKind.PHONE),
                first(source, IdentifierKind.TAX_ID));
    }

    private static String first(SourceCustomer source, IdentifierKind kind) {
        return source.identifiers().stream().filter(identifier -> identifier.kind() == kind)
                .map(NormalizedIdentifier::value).findFirst().orElse(null);
    }

    private static String nonBlank(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** Rebuilds the golden record of {@code customer} from its source customers that are not deleted. */
    public void recompute(Handle handle, long customer) {
        recomputeAll(handle, List.of(customer));
    }

    /**
     * Rebuilds the golden records of {@code customers}, with one query for their sources, one for their
     * identities and one batch of updates. The surviving identifier of each kind comes from the first source
     * in survivorship order, then the oldest identity.
     */
    void recomputeAll(Handle handle, Collection<Long> customers) {
        if (customers.isEmpty()) {
            return;
        }
        List<Long> ids = new ArrayList<>(new LinkedHashSet<>(customers));
        Map<Long, List<SourceCustomerRows.Contribution>> sources = new HashMap<>();
        for (SourceCustomerRows.Contribution source : SourceCustomerRows.contributions(handle, ids, order)) {
            sources.computeIfAbsent(source.customerId(), id -> new ArrayList<>()).add(source);
        }
        Map<Long, Map<String, String>> identifiers = new HashMap<>();
        for (IdentityRows.Contribution identifier : IdentityRows.contributions(handle, ids, order)) {
            identifiers.computeIfAbsent(identifier.customerId(), id -> new HashMap<>())
                    .putIfAbsent(identifier.kind(), identifier.value());
        }
        Map<Long, Golden> golden = new LinkedHashMap<>();
        for (long id : ids) {
            List<SourceCustomerRows.Contribution> from = sources.getOrDefault(id, List.of());
            Map<String, String> values = identifiers.getOrDefault(id, Map.of());
            golden.put(id, new Golden(first(from, SourceCustomerRows.Contribution::displayName),
                    first(from, SourceCustomerRows.Contribution::firstName),
                    first(from, SourceCustomerRows.Contribution::lastName),
                    first(from, SourceCustomerRows.Contribution::company), values.get(IdentifierKind.EMAIL.name()),
                    values.get(IdentifierKind.PHONE.name()), values.get(IdentifierKind.TAX_ID.name())));
        }
        CustomerRows.updateGolden(handle, golden);
    }

    private static String first(List<SourceCustomerRows.Contribution> sources,
            Function<SourceCustomerRows.Contribution, String> field) {
        for (SourceCustomerRows.Contribution source : sources) {
            String value = field.apply(source);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }
}
