package org.cxm.cli.internal;

import java.io.PrintStream;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.cxm.cli.Command;
import org.cxm.cli.UsageException;

/**
 * Chooses the command named by the first argument and runs it, turning wrong arguments and unexpected
 * failures into one readable message and an exit code; never a stack trace unless {@code CXM_DEBUG} is set.
 */
public final class CommandLine {

    private final Map<String, Command> commands = new TreeMap<>();

    private final PrintStream out;

    private final PrintStream err;

    public CommandLine(Collection<? extends Command> commands, PrintStream out, PrintStream err) {
        for (Command command : commands) {
            this.commands.put(command.name(), command);
        }
        this.out = out;
        this.err = err;
    }

    /** Runs the command that {@code arguments} name and returns the process exit code. */
    public int run(List<String> arguments) {
        if (arguments.isEmpty() || List.of("help", "--help", "-h").contains(arguments.get(0))) {
            printHelp(arguments.isEmpty() ? err : out);
            return arguments.isEmpty() ? Command.USAGE : Command.OK;
        }
        Command command = commands.get(arguments.get(0));
        if (command == null) {
            err.println("cxm: unknown command '" + arguments.get(0) + "'.");
            printHelp(err);
            return Command.USAGE;
        }
        List<String> rest = arguments.subList(1, arguments.size());
        try {
            return command.run(rest, out, err);
        } catch (UsageException e) {
            err.println("cxm " + command.name() + ": " + e.getMessage());
            err.println("usage: cxm " + command.name() + " " + command.usage());
            return Command.USAGE;
        } catch (RuntimeException | LinkageError e) {
            err.println("cxm " + command.name() + ": internal error: " + e + " (set CXM_DEBUG=1 for the stack trace)");
            if (System.getenv("CXM_DEBUG") != null) {
                e.printStackTrace(err);
            }
            return Command.FAILED;
        }
    }

    private void printHelp(PrintStream stream) {
        stream.println("usage: cxm <command> [arguments]");
        stream.println();
        stream.println("commands:");
        for (Command command : commands.values()) {
            stream.printf("  %-10s %s%n", command.name(), command.summary());
            stream.printf("  %-10s   cxm %s %s%n", "", command.name(), command.usage());
        }
    }
}
