package org.cxm.analytics.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.cxm.analytics.DesignedPath;
import org.cxm.analytics.JourneyPaths;
import org.cxm.analytics.cli.internal.Formats;

/** Prints how customers went through a journey: conformance, top variants, deviations and the busiest steps. */
public final class PathsReport {

    private PathsReport() {
    }

    public static void print(JourneyPaths paths, int top, PrintStream out) {
        DesignedPath path = paths.path();
        out.printf(Locale.ROOT, "Journey '%s': %,d customers with %,d records in it.%n", path.journey().getName(),
                paths.customers(), paths.events());
        out.printf("Designed path (%d steps, optional in brackets): %s%n", path.steps().size(), designed(path));
        if (paths.customers() == 0) {
            out.println("No record is classified to this journey yet.");
            return;
        }
        out.printf(Locale.ROOT, "Following the designed path: %,d of %,d customers (%.1f%%); mean token-replay"
                + " fitness %.2f%n", paths.following(), paths.customers(), 100 * paths.followingShare(),
                paths.meanFitness());
        out.printf("%nTop variants:%n");
        List<JourneyPaths.Variant> variants = paths.variants();
        for (int i = 0; i < Math.min(top, variants.size()); i++) {
            JourneyPaths.Variant variant = variants.get(i);
            out.printf(Locale.ROOT, "  %2d. %,7d customers (%4.1f%%)  %s%n      %s%n", i + 1, variant.customers(),
                    100.0 * variant.customers() / paths.customers(), steps(path, variant.activities()),
                    verdict(path, variant));
        }
        if (variants.size() > top) {
            out.printf(Locale.ROOT, "  ... and %,d more variants%n", variants.size() - top);
        }
        if (!paths.deviations().isEmpty()) {
            out.printf("%nMost frequent deviations:%n");
            paths.deviations().stream().limit(top).forEach(d -> out.printf(Locale.ROOT, "  %-12s %-50s %,7d"
                    + " customers%n", d.deviation().kind().label(), Formats.cut(path.label(d.deviation().activity()),
                            50), d.customers()));
        }
        out.printf("%nDirectly follows (most frequent):%n");
        paths.edges().stream().limit(top).forEach(e -> out.printf(Locale.ROOT, "  %s -> %s: %,d times, median %s%n",
                path.label(e.from()), path.label(e.to()), e.count(), Formats.duration(e.medianMillis())));
    }

    private static String designed(DesignedPath path) {
        return path.steps().stream().map(t -> t.isOptional() ? "[" + t.getName() + "]" : t.getName())
                .collect(Collectors.joining(" -> "));
    }

    private static String steps(DesignedPath path, List<String> activities) {
        return activities.stream().map(path::label).collect(Collectors.joining(" -> "));
    }

    private static String verdict(DesignedPath path, JourneyPaths.Variant variant) {
        if (variant.check().follows()) {
            return String.format(Locale.ROOT, "follows the designed path (fitness %.2f)",
                    variant.check().replay().fitness());
        }
        return variant.check().deviations().stream().map(d -> d.kind().label() + " '" + path.label(d.activity()) + "'")
                .collect(Collectors.joining(", ")) + String.format(Locale.ROOT, " (fitness %.2f)",
                        variant.check().replay().fitness());
    }
}
