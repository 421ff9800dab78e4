package org.recourse;

import org.recourse.cli.Cli;

/** Entry point of the jar: every command, {@code serve} included, goes through the CLI. */
public final class Recourse {

    private Recourse() {
    }

    public static void main(String[] args) {
        System.exit(Cli.run(args));
    }
}
