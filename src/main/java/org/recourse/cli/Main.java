package org.recourse.cli;

/** Entry point of the jar: every command, {@code serve} included, goes through the CLI. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        int code = Cli.run(args);
        if (code != Cli.KEEP_RUNNING) {
            System.exit(code);
        }
    }
}
