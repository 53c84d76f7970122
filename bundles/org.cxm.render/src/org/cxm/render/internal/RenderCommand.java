package org.cxm.render.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.cxm.analytics.JourneyPaths;
import org.cxm.analytics.cli.internal.CommandOptions;
import org.cxm.cli.Command;
import org.cxm.cli.UsageException;
import org.cxm.model.CxModel;
import org.cxm.model.Journey;
import org.cxm.model.resource.CxmFiles;
import org.cxm.model.resource.ModelLoadException;
import org.cxm.render.ImageFormat;
import org.cxm.render.JourneyRenderer;
import org.cxm.render.JourneyView;
import org.cxm.render.PathsRenderer;
import org.osgi.service.component.annotations.Component;

/**
 * {@code cxm render <model> [--journey <name>] [--view map|blueprint|emotion|paths] --format svg|png --out <file>}:
 * renders one journey of a model to an image file, headless; the first journey when none is named. The
 * paths view, designed against actual paths, is measured from the records of {@code --store}.
 */
@Component(service = Command.class)
public class RenderCommand implements Command {

    private static final List<String> OPTIONS = List.of("--journey", "--view", "--format", "--out", "--store", "--from",
            "--to");

    @Override
    public String name() {
        return "render";
    }

    @Override
    public String summary() {
        return "render a journey map, service blueprint, emotion curve or designed-vs-actual paths to SVG or PNG";
    }

    @Override
    public String usage() {
        return "<model file> [--journey <name>] [--view map|blueprint|emotion|paths] --format svg|png --out <file>"
                + " [--store <jdbc url|directory> [--from <date>] [--to <date>]]   (without --journey: the model's"
                + " first journey; with --store: KPIs and emotion measured from the records; paths needs --store)";
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) throws UsageException {
        Map<String, String> options = new HashMap<>();
        String modelFile = parse(arguments, options);
        String journeyName = options.get("--journey");
        ImageFormat format = ImageFormat.forName(required(options, "--format"));
        if (format == null) {
            throw new UsageException("--format must be svg or png, not '" + options.get("--format") + "'.");
        }
        String viewOption = options.getOrDefault("--view", JourneyView.MAP.option());
        boolean pathsView = PathsRenderer.VIEW.equalsIgnoreCase(viewOption);
        JourneyView view = JourneyView.forOption(viewOption);
        if (view == null && !pathsView) {
            throw new UsageException("--view must be map, blueprint, emotion or paths, not '" + viewOption + "'.");
        }
        if (pathsView && !options.containsKey("--store")) {
            throw new UsageException("--view paths needs --store: the paths are measured from the synced records.");
        }
        Path target = Path.of(required(options, "--out"));
        CxModel model;
        try {
            model = CxmFiles.load(Path.of(modelFile));
        } catch (ModelLoadException e) {
            err.println("error: " + e.getMessage());
            return FAILED;
        }
        Journey journey = journey(model, modelFile, journeyName, out, err);
        if (journey == null) {
            return FAILED;
        }
        CommandOptions store = null;
        if (options.containsKey("--store")) {
            List<String> storeArguments = new ArrayList<>(List.of(modelFile, "--store", options.get("--store")));
            for (String period : List.of("--from", "--to")) {
                if (options.containsKey(period)) {
                    storeArguments.addAll(List.of(period, options.get(period)));
                }
            }
            store = CommandOptions.parse(storeArguments, List.of());
        } else if (options.containsKey("--from") || options.containsKey("--to")) {
            throw new UsageException("--from and --to need --store: they choose the records measured.");
        }
        try {
            if (pathsView) {
                JourneyPaths paths = LiveValues.paths(journey, store.store(), store.window(), err);
                if (paths == null) {
                    return FAILED;
                }
                PathsRenderer.render(paths, format, target);
            } else {
                Map<String, Double> measured = store == null ? Map.of()
                        : LiveValues.measure(model, journey, store.store(), store.window(), err);
                if (measured == null) {
                    return FAILED;
                }
                JourneyRenderer.render(journey, view, format, target, measured);
            }
        } catch (IOException e) {
            err.println("error: cannot write " + target + ": " + e.getMessage());
            return FAILED;
        }
        out.println("Rendered the " + viewOption.toLowerCase(Locale.ROOT) + " of journey '" + journey.getName()
                + "' to " + target);
        return OK;
    }

    private static String parse(List<String> arguments, Map<String, String> options) throws UsageException {
        String modelFile = null;
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (OPTIONS.contains(argument)) {
                if (i + 1 >= arguments.size()) {
                    throw new UsageException(argument + " needs a value.");
                }
                options.put(argument, arguments.get(++i));
            } else if (argument.startsWith("-")) {
                throw new UsageException("unknown option '" + argument + "'.");
            } else if (modelFile == null) {
                modelFile = argument;
            } else {
                throw new UsageException("one model file only; '" + argument + "' is one too many.");
            }
        }
        if (modelFile == null) {
            throw new UsageException("name the model file.");
        }
        return modelFile;
    }

    private static String required(Map<String, String> options, String option) throws UsageException {
        String value = options.get(option);
        if (value == null || value.isBlank()) {
            throw new UsageException(option + " is required.");
        }
        return value;
    }

    /**
     * The journey named {@code name}, or without a name the model's first journey, saying which; {@code null}
     * when there is no such journey, which {@code err} then says.
     */
    private static Journey journey(CxModel model, String modelFile, String name, PrintStream out, PrintStream err) {
        String journeys = model.getJourneys().stream().map(j -> "'" + j.getName() + "'")
                .collect(Collectors.joining(", "));
        if (model.getJourneys().isEmpty()) {
            err.println("error: " + modelFile + " has no journey to render.");
            return null;
        }
        if (name == null) {
            Journey first = model.getJourneys().get(0);
            out.println("No --journey given: rendering the model's first journey, '" + first.getName()
                    + "' (its journeys: " + journeys + ").");
            return first;
        }
        Journey journey = find(model, name);
        if (journey == null) {
            err.println("error: " + modelFile + " has no journey named '" + name + "'; its journeys are: " + journeys);
        }
        return journey;
    }

    /** The journey named {@code name}; case and surrounding blanks are ignored, as validation does. */
    private static Journey find(CxModel model, String name) {
        for (Journey journey : model.getJourneys()) {
            if (journey.getName() != null && journey.getName().strip().equalsIgnoreCase(name.strip())) {
                return journey;
            }
        }
        return null;
    }
}
