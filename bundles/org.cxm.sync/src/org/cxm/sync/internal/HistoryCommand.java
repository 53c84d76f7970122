package org.cxm.sync.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.cxm.cli.Command;
import org.cxm.cli.UsageException;
import org.cxm.history.Customer;
import org.cxm.history.CustomerIdentity;
import org.cxm.history.HistoryStore;
import org.cxm.history.MergeRecord;
import org.cxm.history.StoreException;
import org.cxm.history.TimelineEntry;
import org.cxm.identity.IdentifierNormalizer;
import org.cxm.identity.NormalizedIdentifier;
import org.cxm.model.CxModel;
import org.cxm.model.IdentifierKind;
import org.cxm.model.NamedElement;
import org.cxm.model.resource.CxmFiles;
import org.cxm.model.resource.ModelLoadException;
import org.eclipse.emf.ecore.EObject;
import org.osgi.service.component.annotations.Component;

/**
 * {@code cxm history <email|phone|id> [--store ...] [--model <file>] [--limit n]}: one customer's unified
 * timeline across systems and channels, newest first, with the modelled stage and touchpoint of each entry
 * (their names when the model is given), after the customer card and why its records were merged.
 */
@Component(service = Command.class)
public class HistoryCommand implements Command {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Override
    public String name() {
        return "history";
    }

    @Override
    public String summary() {
        return "print one customer's unified history across systems, newest first";
    }

    @Override
    public String usage() {
        return "<email|phone|id> [--store <jdbc url|directory>] [--model <file>] [--limit <n>]";
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) throws UsageException {
        String who = null;
        String store = null;
        String modelFile = null;
        int limit = 50;
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            switch (argument) {
                case "--store" -> store = value(arguments, ++i, argument);
                case "--model" -> modelFile = value(arguments, ++i, argument);
                case "--limit" -> limit = limit(value(arguments, ++i, argument));
                default -> {
                    if (argument.startsWith("--") || who != null) {
                        throw new UsageException("unexpected argument '" + argument + "'.");
                    }
                    who = argument;
                }
            }
        }
        if (who == null) {
            throw new UsageException("name the customer by e-mail, phone or an id in a source system.");
        }
        try {
            CxModel model = modelFile == null ? null : CxmFiles.load(Path.of(modelFile));
            try (HistoryStore history = HistoryStore.open(StoreArguments.location(store))) {
                return print(history, model, who, limit, out, err);
            }
        } catch (ModelLoadException | StoreException e) {
            err.println("error: " + e.getMessage());
            return FAILED;
        }
    }

    private static int print(HistoryStore history, CxModel model, String who, int limit, PrintStream out,
            PrintStream err) {
        List<Customer> customers = history.customersByIdentifier(normalized(who));
        if (customers.isEmpty()) {
            err.println("No customer is known by '" + who + "' in " + history.location());
            return FAILED;
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
        return OK;
    }

    private static void printCard(HistoryStore history, Customer customer, PrintStream out) {
        out.printf("%nCustomer #%d  %s%n", customer.id(), text(customer.displayName()));
        out.printf("  e-mail %s   phone %s   tax id %s   company %s%n", text(customer.email()), text(customer.phone()),
                text(customer.taxId()), text(customer.company()));
        for (CustomerIdentity identity : history.identities(customer.id())) {
            out.printf("  %-10s %-28s %-6s %s%n", identity.sourceSystem(), identity.sourceId(),
                    identity.kind().toLowerCase(java.util.Locale.ROOT), identity.value());
        }
        for (MergeRecord merge : history.merges(customer.id())) {
            out.printf("  merged #%d into #%d on %s: same %s %s (rule %s)%s%n", merge.mergedId(), merge.survivorId(),
                    WHEN.format(merge.mergedAt()), merge.identifierKind().toLowerCase(java.util.Locale.ROOT),
                    merge.identifierValue(), merge.rule(), merge.undoneAt() == null ? "" : ", undone");
        }
    }

    private static void printTimeline(List<TimelineEntry> timeline, CxModel model, PrintStream out) {
        out.printf("%n  %-16s %-10s %-8s %-20s %-40s %s%n", "when (UTC)", "system", "kind", "channel", "subject",
                "stage / touchpoint");
        for (TimelineEntry entry : timeline) {
            String channel = entry.channel() != null ? entry.channel() : nameOf(model, entry.channelElementId());
            String place = nameOf(model, entry.stageElementId()) + " / " + nameOf(model, entry.touchpointElementId());
            out.printf("  %-16s %-10s %-8s %-20s %-40s %s%s%n",
                    WHEN.format(entry.occurredAt().withOffsetSameInstant(ZoneOffset.UTC)), entry.sourceSystem(),
                    entry.kind(), clip(text(channel), 20), clip(text(entry.subject()), 40), place,
                    entry.status() == null ? "" : "  [" + entry.status() + "]");
        }
        if (timeline.isEmpty()) {
            out.println("  (no interactions)");
        }
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

    private static int limit(String value) throws UsageException {
        try {
            return Math.max(1, Integer.parseInt(value));
        } catch (NumberFormatException e) {
            throw new UsageException("--limit must be a number, not '" + value + "'.");
        }
    }

    private static String value(List<String> arguments, int index, String option) throws UsageException {
        if (index >= arguments.size()) {
            throw new UsageException(option + " needs a value.");
        }
        return arguments.get(index);
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? "-" : value;
    }

    private static String clip(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "\u2026";
    }
}
