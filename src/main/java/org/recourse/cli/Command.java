package org.recourse.cli;

import java.io.PrintStream;
import java.util.Set;

/** One {@code ./recourse} command. */
interface Command {

    String name();

    /** One line for {@code --help}: the arguments and what it does. */
    String usage();

    /** Options that take a value ({@code --data DIR}); all other options are flags. */
    default Set<String> valueOptions() {
        return Set.of();
    }

    /** Options that take no value ({@code --json}); any option in neither set is refused. */
    default Set<String> flags() {
        return Set.of();
    }

    /** Runs the command; returns the process exit code. */
    int run(Args args, PrintStream out, PrintStream err) throws Exception;
}
