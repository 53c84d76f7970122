package org.cxm.ui.tests;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The workbench arguments the {@code cxm} script at the repository root passes when {@code cxm demo} opens the
 * UI, read from the script itself, so that a test starts the workbench exactly as a user's demo does.
 */
final class CxmScript {

    /** {@code -store "$(demo_property store)"}: an option whose value the script reads from demo.properties. */
    private static final Pattern DEMO_OPTION = Pattern.compile("(-\\w+) \"\\$\\(demo_property (\\w+)\\)\"");

    /** How the script starts the UI product. */
    private static final String UI_LAUNCH = "exec \"$ui_product/cxm-ui\"";

    private CxmScript() {
    }

    /** The program arguments of the UI that {@code cxm demo --dir <directory>} starts. */
    static List<String> demoUiArguments(Path directory) throws IOException {
        Properties demo = new Properties();
        try (Reader in = Files.newBufferedReader(directory.resolve("demo.properties"))) {
            demo.load(in);
        }
        Matcher options = DEMO_OPTION.matcher(uiLaunch());
        List<String> arguments = new ArrayList<>();
        while (options.find()) {
            arguments.add(options.group(1));
            arguments.add(demo.getProperty(options.group(2)));
        }
        return arguments;
    }

    /** The option names among {@code arguments}. */
    static List<String> options(List<String> arguments) {
        return arguments.stream().filter(argument -> argument.startsWith("-")).toList();
    }

    /** The script's command that starts the UI product: from its exec to the line without a continuation. */
    private static String uiLaunch() throws IOException {
        Path script = Path.of(System.getProperty("cxm.root", "../.."), "cxm");
        String text = Files.readString(script);
        int start = text.indexOf(UI_LAUNCH + " -data \"$dir/workspace\"");
        if (start < 0) {
            throw new IllegalStateException("No demo UI launch (" + UI_LAUNCH + " -data ...) in " + script);
        }
        Matcher end = Pattern.compile("[^\\\\]\\n").matcher(text);
        return end.find(start) ? text.substring(start, end.end()) : text.substring(start);
    }
}
