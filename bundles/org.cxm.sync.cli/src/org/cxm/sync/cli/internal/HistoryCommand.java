package org.cxm.sync.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.cxm.cli.Command;
import org.cxm.cli.UsageException;
import org.cxm.history.HistoryStore;
import org.cxm.history.StoreException;
import org.cxm.model.CxModel;
import org.cxm.model.resource.CxmFiles;
import org.cxm.model.resource.ModelLoadException;
import org.cxm.sync.cli.HistoryPrinter;
import org.osgi.service.component.annotations.Component;

/**
 * {@code cxm history <email|phone|id> [--store ...] [--model <file>] [--limit n]}: one customer's unified
 * timeline across systems and channels, newest first, with the modelled stage and touchpoint of each entry
 * (their names when the model is given), after the customer card and why its records were merged.
 */
@Component(service = Command.class)
public class HistoryCommand implements Command {

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
                return HistoryPrinter.print(history, model, who, limit, out, err) ? OK : FAILED;
            }
        } catch (ModelLoadException | StoreException e) {
            err.println("error: " + e.getMessage());
            return FAILED;
        }
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
}
