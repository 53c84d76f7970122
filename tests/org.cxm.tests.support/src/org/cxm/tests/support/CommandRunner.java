package org.cxm.tests.support;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.cxm.cli.Command;
import org.cxm.cli.internal.CommandLine;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * Runs {@code cxm} commands in the test framework as the application does: through the command line,
 * with the commands that running bundles register as services, capturing what they print.
 */
public final class CommandRunner {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** Runs {@code arguments} (command name first) and returns the exit code. */
    public int run(String... arguments) {
        try (PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            return new CommandLine(registeredCommands(), outStream, errStream).run(List.of(arguments));
        }
    }

    /** What the commands printed on standard output so far. */
    public String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    /** What the commands printed on standard error so far. */
    public String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static List<Command> registeredCommands() {
        BundleContext context = FrameworkUtil.getBundle(CommandRunner.class).getBundleContext();
        try {
            List<Command> commands = new ArrayList<>();
            for (ServiceReference<Command> reference : context.getServiceReferences(Command.class, null)) {
                commands.add(context.getService(reference));
            }
            return commands;
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
