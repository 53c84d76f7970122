package org.cxm.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * A sub-command of the {@code cxm} command line, such as {@code validate}. Bundles contribute commands
 * as OSGi services; the command line finds them by {@link #name()}.
 */
public interface Command {

    /** Exit code of a command that did its job and found nothing wrong. */
    int OK = 0;

    /** Exit code of a command that ran but failed or found errors (an invalid model, an unreachable database). */
    int FAILED = 1;

    /** Exit code of a command called with wrong arguments. */
    int USAGE = 2;

    /** The word that selects this command on the command line. */
    String name();

    /** One line for the command list, such as "check a model and print its problems". */
    String summary();

    /** The synopsis of the arguments, such as "{@code <model file>...}". */
    String usage();

    /**
     * Runs the command. Results go to {@code out}, errors to {@code err}.
     *
     * @return the process exit code: {@link #OK}, {@link #FAILED} or {@link #USAGE}
     * @throws UsageException when the arguments are wrong; the command line prints the message and usage
     */
    int run(List<String> arguments, PrintStream out, PrintStream err) throws UsageException;
}
