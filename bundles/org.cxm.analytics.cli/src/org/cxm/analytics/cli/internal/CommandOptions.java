package org.cxm.analytics.cli.internal;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cxm.analytics.LogWindow;
import org.cxm.cli.UsageException;
import org.cxm.history.StoreLocation;
import org.cxm.model.CxModel;
import org.cxm.model.Journey;

/**
 * The arguments the analytics commands share: a model file, {@code --store} (read as {@code cxm sync}
 * reads it), {@code --from} and {@code --to} (a date such as 2025-01-31, which means its start in UTC, or an
 * instant such as 2025-01-31T12:00:00Z), and the command's own options with a value.
 */
public final class CommandOptions {

    private final Map<String, String> values = new HashMap<>();

    private final String modelFile;

    private CommandOptions(String modelFile) {
        this.modelFile = modelFile;
    }

    /** Reads {@code arguments}; options other than {@code --store, --from, --to} and {@code own} are refused. */
    public static CommandOptions parse(List<String> arguments, List<String> own) throws UsageException {
        List<String> known = new ArrayList<>(List.of("--store", "--from", "--to"));
        known.addAll(own);
        String model = null;
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (known.contains(argument)) {
                if (i + 1 >= arguments.size()) {
                    throw new UsageException(argument + " needs a value.");
                }
                values.put(argument, arguments.get(++i));
            } else if (argument.startsWith("-")) {
                throw new UsageException("unknown option '" + argument + "'.");
            } else if (model == null) {
                model = argument;
            } else {
                throw new UsageException("one model file only; '" + argument + "' is one too many.");
            }
        }
        if (model == null) {
            throw new UsageException("name the model file.");
        }
        CommandOptions options = new CommandOptions(model);
        options.values.putAll(values);
        return options;
    }

    public Path modelFile() {
        return Path.of(modelFile);
    }

    public String value(String option) {
        return values.get(option);
    }

    /** The store {@code --store} names, or the default embedded store. */
    public StoreLocation store() throws UsageException {
        try {
            return StoreLocation.ofOrDefault(values.get("--store"), System::getenv);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--store: " + e.getMessage());
        }
    }

    /** The period {@code --from} and {@code --to} give; all records without them. */
    public LogWindow window() throws UsageException {
        Instant from = instant("--from");
        Instant to = instant("--to");
        try {
            return new LogWindow(from, to);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage() + ".");
        }
    }

    /** The value of {@code option} as a positive number, or {@code fallback} without it. */
    public int positive(String option, int fallback) throws UsageException {
        String value = values.get(option);
        if (value == null) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value);
            if (number > 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException(option + " must be a whole number above 0, not '" + value + "'.");
    }

    private Instant instant(String option) throws UsageException {
        String value = values.get(option);
        if (value == null) {
            return null;
        }
        try {
            return value.length() == 10 ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new UsageException(option + " must be a date such as 2025-01-31 or an instant such as"
                    + " 2025-01-31T12:00:00Z, not '" + value + "'.");
        }
    }

    /** The journey named {@code name} (case and blanks ignored), or the model's first without a name. */
    public static Journey journey(CxModel model, String name) {
        if (name == null) {
            return model.getJourneys().isEmpty() ? null : model.getJourneys().get(0);
        }
        for (Journey journey : model.getJourneys()) {
            if (journey.getName() != null && journey.getName().strip().equalsIgnoreCase(name.strip())) {
                return journey;
            }
        }
        return null;
    }
}
