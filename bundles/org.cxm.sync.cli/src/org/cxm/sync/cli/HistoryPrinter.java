package org.cxm.sync.cli;

import java.io.PrintStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.cxm.history.Customer;
import org.cxm.history.CustomerIdentity;
import org.cxm.history.HistoryStore;
import org.cxm.history.MergeRecord;
import org.cxm.history.TimelineEntry;
import org.cxm.identity.IdentifierNormalizer;
import org.cxm.identity.NormalizedIdentifier;
import org.cxm.model.CxModel;
import org.cxm.model.IdentifierKind;
import org.cxm.model.NamedElement;
import org.cxm.model.query.ChannelLabel;
import org.eclipse.emf.ecore.EObject;

/**
 * Prints one customer's card and unified timeline on the command line, as {@code cxm history} shows them;
 * {@code cxm demo} prints its showcase customer with it.
 */
public final class HistoryPrinter {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private HistoryPrinter() {
    }

    /**
     * Prints the customers known by {@code who} (an e-mail, a phone number or an id in a source system): for
     * each its card, the identifiers each system holds, why its records were merged, and the newest
     * {@code limit} interactions, with the names of their model elements when {@code model} is given.
     *
     * @return whether a customer is known by {@code who}; if not, {@code err} says so
     */
    public static boolean print(HistoryStore history, CxModel model, String who, int limit, PrintStream out,
            PrintStream err) {
        List<Customer> customers = history.customersByIdentifier(normalized(who));
        if (customers.isEmpty()) {
            err.println("No customer is known by '" + who + "' in " + history.location());
            return false;
        }
        if (customers.size() > 1) {
            out.println(customers.size() + " customers are known by '" + who + "':");
            customers.forEach(c -> out.printf("  #%d %s <%s> %s%n", c.id(), text(c.displayName()), text(c.email()),
                    text(c.phone())));
        }
        for (Customer customer : customers) {
            printCard(history, customer, out);
            printTimeline(history.timeline(customer.id(), limit), model, out);
        }
        return true;
    }

    private static void printCard(HistoryStore history, Customer customer, PrintStream out) {
        out.printf("%nCustomer #%d  %s%n", customer.id(), text(customer.displayName()));
        out.printf("  e-mail %s   phone %s   tax id %s   company %s%n", text(customer.email()), text(customer.phone()),
                text(customer.taxId()), text(customer.company()));
        for (CustomerIdentity identity : history.identities(customer.id())) {
            out.printf("  %-10s %-28s %-6s %s%n", identity.sourceSystem(), identity.sourceId(),
                    identity.kind().toLowerCase(Locale.ROOT), identity.value());
        }
        for (MergeRecord merge : history.merges(customer.id())) {
            out.printf("  merged #%d into #%d on %s: same %s %s (rule %s)%s%n", merge.mergedId(), merge.survivorId(),
                    WHEN.format(merge.mergedAt()), merge.identifierKind().toLowerCase(Locale.ROOT),
                    merge.identifierValue(), merge.rule(), merge.undoneAt() == null ? "" : ", undone");
        }
    }

    private static void printTimeline(List<TimelineEntry> timeline, CxModel model, PrintStream out) {
        out.printf("%n  %-16s %-10s %-8s %-20s %-40s %s%n", "when (UTC)", "system", "kind", "channel", "subject",
                "stage / touchpoint");
        for (TimelineEntry entry : timeline) {
            String channel = ChannelLabel.of(model, entry.channelElementId(), entry.channel()).name();
            out.printf("  %-16s %-10s %-8s %-20s %-40s %s%s%n",
                    WHEN.format(entry.occurredAt().withOffsetSameInstant(ZoneOffset.UTC)), entry.sourceSystem(),
                    entry.kind(), clip(channel, 20), clip(text(entry.subject()), 40), place(model, entry), state(entry));
        }
        if (timeline.isEmpty()) {
            out.println("  (no interactions)");
        }
    }

    /**
     * "Stage / touchpoint" the entry was classified to, the stage alone when the rule named no touchpoint;
     * "unclassified" when no rule placed it on a journey.
     */
    private static String place(CxModel model, TimelineEntry entry) {
        if (entry.stageElementId() == null && entry.touchpointElementId() == null) {
            return ChannelLabel.UNCLASSIFIED;
        }
        String stage = nameOf(model, entry.stageElementId());
        return entry.touchpointElementId() == null ? stage : stage + " / " + nameOf(model, entry.touchpointElementId());
    }

    /** The entry's status and, for invoices, whether they are paid: "  [posted, not_paid]". */
    private static String state(TimelineEntry entry) {
        String state = String.join(", ", Stream.of(entry.status(), entry.paymentStatus())
                .filter(value -> value != null && !value.isBlank()).toList());
        return state.isEmpty() ? "" : "  [" + state + "]";
    }

    /** The name of model element {@code id}, or the id itself when no model is given. */
    private static String nameOf(CxModel model, String id) {
        if (id == null) {
            return "-";
        }
        EObject element = model == null ? null : model.eResource().getEObject(id);
        return element instanceof NamedElement named && named.getName() != null ? named.getName() : id;
    }

    private static String normalized(String who) {
        IdentifierNormalizer normalizer = new IdentifierNormalizer(null);
        IdentifierKind kind = who.contains("@") ? IdentifierKind.EMAIL
                : who.matches("\\+?[0-9 ()./-]{6,}") ? IdentifierKind.PHONE : IdentifierKind.EXTERNAL_ID;
        NormalizedIdentifier identifier = normalizer.normalize(kind, who);
        return identifier.isValid() ? identifier.value() : who.strip();
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? "-" : value;
    }

    private static String clip(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "\u2026";
    }
}
