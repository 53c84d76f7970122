package org.cxm.sync.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.cxm.history.SourceCustomerRows;
import org.cxm.identity.CustomerMerger;
import org.cxm.identity.NormalizedIdentifier;
import org.cxm.identity.Resolution;
import org.cxm.identity.SourceCustomer;
import org.cxm.model.CanonicalField;
import org.cxm.model.IdentifierKind;
import org.jdbi.v3.core.Handle;

/**
 * The customers of interactions that carry identifiers instead of a customer reference (an e-mail log, a
 * chat transcript, a lead): one source customer per first identifier ({@code email:ana@example.com}),
 * which keeps every identifier its interactions brought, so a call without a phone number does not take
 * away the number an earlier call gave. A batch resolves each such customer once, together with the
 * others ({@code IdentityResolver.resolveAll}); a customer whose interactions bring nothing new costs no
 * statement at all, because what was resolved is remembered across the batches of a record source.
 */
final class ImplicitCustomers {

    /** Beyond this many, customers are read from the store again rather than remembered. */
    private static final int LIMIT = 1_000_000;

    /** What the store holds of one implicit customer; {@code epoch} says when its customer id was checked. */
    private static final class Known {

        long customer;

        final Set<NormalizedIdentifier> identifiers;

        String name;

        long epoch;

        Known(long customer, Set<NormalizedIdentifier> identifiers, String name, long epoch) {
            this.customer = customer;
            this.identifiers = identifiers;
            this.name = name;
            this.epoch = epoch;
        }
    }

    private final Map<String, Known> remembered = new HashMap<>();

    private final CustomerMerger merger = new CustomerMerger();

    /** Counts the batches that merged customers: a remembered id older than that may have been merged away. */
    private long epoch;

    /** The implicit source customer of {@code record}, or {@code null} when it carries no identifier. */
    static String sourceIdOf(MappedRecord record) {
        if (record.identifiers().isEmpty()) {
            return null;
        }
        NormalizedIdentifier first = record.identifiers().get(0);
        return first.kind().getLiteral() + ":" + first.value();
    }

    /**
     * Resolves the implicit customers of {@code records} (each with its {@link #sourceIdOf}) and returns
     * the active golden customer of each implicit source id; adds the merges to {@code counts}.
     */
    Map<String, Long> resolve(Handle handle, BatchContext context, List<MappedRecord> records, Counts counts) {
        Map<String, Seen> seen = new LinkedHashMap<>();
        for (MappedRecord record : records) {
            seen.computeIfAbsent(sourceIdOf(record), id -> new Seen()).add(record);
        }
        readMissing(handle, context.system(), seen.keySet());
        List<SourceCustomer> changed = new ArrayList<>();
        for (Map.Entry<String, Seen> entry : seen.entrySet()) {
            Known known = remembered.get(entry.getKey());
            Seen now = entry.getValue();
            if (known == null || !known.identifiers.containsAll(now.identifiers)
                    || now.name != null && !now.name.equals(known.name)) {
                changed.add(sourceCustomer(context, entry.getKey(), known, now));
            }
        }
        List<Resolution> resolutions = context.resolver().resolveAll(handle, changed);
        boolean merged = false;
        for (int i = 0; i < changed.size(); i++) {
            SourceCustomer customer = changed.get(i);
            merged |= !resolutions.get(i).merges().isEmpty();
            counts.merged += resolutions.get(i).merges().size();
            remember(customer.sourceId(), new Known(resolutions.get(i).customerId(),
                    new LinkedHashSet<>(customer.identifiers()), customer.displayName(), Long.MAX_VALUE));
        }
        if (merged) {
            epoch++;
        }
        return customersOf(handle, seen.keySet());
    }

    /** The customers of {@code ids}, those remembered from before the last merge checked again first. */
    private Map<String, Long> customersOf(Handle handle, Set<String> ids) {
        List<Long> stale = new ArrayList<>();
        for (String id : ids) {
            Known known = remembered.get(id);
            if (known.epoch < epoch) {
                stale.add(known.customer);
            }
        }
        Map<Long, Long> active = merger.activeIds(handle, stale);
        Map<String, Long> customers = new HashMap<>();
        for (String id : ids) {
            Known known = remembered.get(id);
            if (known.epoch < epoch) {
                known.customer = active.get(known.customer);
            }
            known.epoch = epoch;
            customers.put(id, known.customer);
        }
        return customers;
    }

    /** Forgets everything, after a rollback: what was remembered may not have been committed. */
    void forget() {
        remembered.clear();
    }

    /** Reads what the store has of the implicit customers of {@code ids} that are not remembered. */
    private void readMissing(Handle handle, String system, Set<String> ids) {
        List<String> missing = ids.stream().filter(id -> !remembered.containsKey(id)).toList();
        if (missing.isEmpty()) {
            return;
        }
        Map<String, Known> read = new HashMap<>();
        for (SourceCustomerRows.Stored stored : SourceCustomerRows.find(handle, system, missing)) {
            read.put(stored.sourceId(), new Known(stored.customerId(), new LinkedHashSet<>(), stored.displayName(), -1));
        }
        if (read.isEmpty()) {
            return;
        }
        for (SourceCustomerRows.Identifier identifier : SourceCustomerRows.identifiers(handle, system, read.keySet())) {
            read.get(identifier.sourceId()).identifiers.add(new NormalizedIdentifier(
                    IdentifierKind.valueOf(identifier.kind()), identifier.normalizedValue(), null));
        }
        read.forEach(this::remember);
    }

    private void remember(String id, Known known) {
        if (remembered.size() < LIMIT || remembered.containsKey(id)) {
            remembered.put(id, known);
        }
    }

    /** The implicit customer {@code id} with what the store had of it and what this batch brought. */
    private static SourceCustomer sourceCustomer(BatchContext context, String id, Known known, Seen now) {
        Set<NormalizedIdentifier> identifiers = new LinkedHashSet<>();
        if (known != null) {
            identifiers.addAll(known.identifiers);
        }
        identifiers.addAll(now.identifiers);
        String name = now.name != null ? now.name : known == null ? null : known.name;
        List<NormalizedIdentifier> all = List.copyOf(identifiers);
        return new SourceCustomer(context.system(), id, context.dataSource().getPriority(), null, name, null, null,
                null, all, false, hash(id, name, all));
    }

    private static String hash(String id, String name, List<NormalizedIdentifier> identifiers) {
        StringBuilder content = new StringBuilder(id).append('\u001f').append(Objects.toString(name, ""));
        identifiers.stream().map(identifier -> identifier.kind() + "=" + identifier.value()).sorted()
                .forEach(identifier -> content.append('\u001f').append(identifier));
        return ContentHash.of(content);
    }

    /** What the records of one batch say of one implicit customer: all their identifiers, the last name. */
    private static final class Seen {

        final Set<NormalizedIdentifier> identifiers = new LinkedHashSet<>();

        String name;

        void add(MappedRecord record) {
            identifiers.addAll(record.identifiers());
            String display = record.text(CanonicalField.DISPLAY_NAME);
            if (display != null) {
                name = display;
            }
        }
    }
}
