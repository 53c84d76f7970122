package org.cxm.analytics.cli.internal;

import java.io.PrintStream;
import java.util.List;
import java.util.stream.Collectors;

import org.cxm.analytics.EventLog;
import org.cxm.analytics.LogWindow;
import org.cxm.analytics.PathAnalysis;
import org.cxm.analytics.cli.PathsReport;
import org.cxm.cli.Command;
import org.cxm.cli.UsageException;
import org.cxm.history.HistoryStore;
import org.cxm.history.StoreException;
import org.cxm.history.StoreLocation;
import org.cxm.model.CxModel;
import org.cxm.model.Journey;
import org.cxm.model.resource.CxmFiles;
import org.cxm.model.resource.ModelLoadException;
import org.osgi.service.component.annotations.Component;

/**
 * {@code cxm paths <model> [--journey <name>] [--store ...] [--from] [--to] [--top n]}: how customers really
 * went through a journey: the share following the designed path, the most frequent variants and
 * deviations, and the busiest directly-follows steps with their median times.
 */
@Component(service = Command.class)
public class PathsCommand implements Command {

    @Override
    public String name() {
        return "paths";
    }

    @Override
    public String summary() {
        return "compare customers' actual paths through a journey with the designed one";
    }

    @Override
    public String usage() {
        return "<model file> [--journey <name>] [--store <jdbc url|directory>] [--from <date>] [--to <date>]"
                + " [--top <n>]   (without --journey: the model's first journey)";
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) throws UsageException {
        CommandOptions options = CommandOptions.parse(arguments, List.of("--journey", "--top"));
        StoreLocation location = options.store();
        LogWindow window = options.window();
        int top = options.positive("--top", 10);
        try {
            CxModel model = CxmFiles.load(options.modelFile());
            Journey journey = CommandOptions.journey(model, options.value("--journey"));
            if (journey == null) {
                err.println("error: " + options.modelFile() + (model.getJourneys().isEmpty() ? " has no journey."
                        : " has no journey named '" + options.value("--journey") + "'; its journeys are: "
                                + model.getJourneys().stream().map(j -> "'" + j.getName() + "'")
                                        .collect(Collectors.joining(", "))));
                return FAILED;
            }
            try (HistoryStore store = HistoryStore.open(location)) {
                PathAnalysis analysis = new PathAnalysis(journey);
                new EventLog(store).scan(window, List.of(analysis));
                out.printf("Paths from %s, %s.%n", location, KpiCommand.describe(window));
                PathsReport.print(analysis.result(), top, out);
                return OK;
            }
        } catch (ModelLoadException | StoreException e) {
            err.println("error: " + e.getMessage());
            return FAILED;
        }
    }
}
