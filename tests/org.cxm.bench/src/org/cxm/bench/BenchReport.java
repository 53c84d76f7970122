package org.cxm.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Appends benchmark results as Markdown lines to the report file and to standard output. */
final class BenchReport {

    private BenchReport() {
    }

    static void line(String text) {
        System.out.println(text);
        String report = System.getProperty("cxm.bench.report");
        if (report == null) {
            return;
        }
        try {
            Path file = Path.of(report);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text + System.lineSeparator(), StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write the benchmark report " + report, e);
        }
    }

    static String machine() {
        return Runtime.getRuntime().availableProcessors() + " cores, " + Runtime.getRuntime().maxMemory() / (1 << 20)
                + " MiB heap, Java " + System.getProperty("java.version") + ", " + System.getProperty("os.name") + " "
                + System.getProperty("os.arch");
    }
}
