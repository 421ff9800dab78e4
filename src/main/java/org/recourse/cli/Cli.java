package org.recourse.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.recourse.security.KeyException;
import org.recourse.shared.InvalidInputException;

/** Dispatches {@code ./recourse COMMAND ...} to its command. */
public final class Cli {

    /** Returned by a command that leaves a server running: the process must not exit. */
    public static final int KEEP_RUNNING = -1;

    private static final List<Command> COMMANDS = List.of(
            new ServeCommand(),
            new MseCommand(),
            new LinkCommand(),
            new CodeCommand(),
            new EvalCodingCommand(),
            new SearchCommand(),
            new ReindexCommand(),
            new UpdateThesaurusCommand(),
            new AuditCommand(),
            new FilesCommand(),
            new BackupCommand(),
            new RestoreCommand(),
            new ReportCommand(),
            new ExportCommand(),
            new ImportCommand(),
            new BenchCommand());

    private Cli() {
    }

    public static int run(String[] argv) {
        return run(argv, System.out, System.err);
    }

    static int run(String[] argv, PrintStream out, PrintStream err) {
        Map<String, Command> byName = new LinkedHashMap<>();
        COMMANDS.forEach(c -> byName.put(c.name(), c));
        if (argv.length == 0 || argv[0].equals("--help") || argv[0].equals("-h") || argv[0].equals("help")) {
            help(out);
            return 0;
        }
        Command command = byName.get(argv[0]);
        if (command == null) {
            err.println("recourse: unknown command '" + argv[0] + "'; ./recourse --help lists the commands");
            return 2;
        }
        List<String> rest = Arrays.asList(argv).subList(1, argv.length);
        if (rest.contains("--help")) {
            out.println("usage: ./recourse " + command.usage());
            return 0;
        }
        try {
            return command.run(Args.parse(rest, command.valueOptions(), command.flags()), out, err);
        } catch (UsageException e) {
            err.println("recourse " + command.name() + ": " + e.getMessage());
            err.println("usage: ./recourse " + command.usage());
            return 2;
        } catch (InvalidInputException e) {
            err.println("recourse " + command.name() + ": " + e.getMessage());
            return 1;
        } catch (Exception e) {
            err.println("recourse " + command.name() + ": " + keyProblem(e).orElse("failed: " + e.getMessage()));
            return 1;
        }
    }

    /** A key problem deep inside a failed start, told as itself rather than as the bean that failed. */
    private static Optional<String> keyProblem(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof KeyException k) {
                return Optional.of(k.getMessage());
            }
        }
        return Optional.empty();
    }

    private static void help(PrintStream out) {
        out.println("Recourse: record testimonies, code them into incidents, search, corroborate, estimate, publish.");
        out.println();
        out.println("usage: ./recourse COMMAND [OPTIONS]");
        out.println();
        for (Command c : COMMANDS) {
            out.println("  " + c.usage());
        }
        out.println();
        out.println("Data folder: --data DIR, else RECOURSE_DATA_DIR, else ./data. PostgreSQL instead of the embedded");
        out.println("database: RECOURSE_DB_URL (jdbc:postgresql://...), RECOURSE_DB_USER, RECOURSE_DB_PASSWORD.");
        out.println("Keys: DATA/keys/master.key (made on the first start), or a passphrase in RECOURSE_PASSPHRASE, or a key");
        out.println("file named by RECOURSE_KEY_FILE; docs/SECURITY.md says what each protects.");
        out.println("./recourse COMMAND --help shows one command.");
    }
}
