package org.recourse.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.recourse.files.FileChecks;
import org.recourse.files.FileVerification;
import org.recourse.files.StoredCopy;
import org.recourse.security.KeyRing;
import org.recourse.security.KeySource;
import org.recourse.shared.InvalidInputException;

/**
 * {@code files verify}: decrypts every stored original file and re-hashes it, without Spring and
 * without writing (so it runs beside a running server); exits 1 naming each file whose content
 * no longer matches its SHA-256, or that the database lists and the folder lacks.
 */
final class FilesCommand implements Command {

    @Override
    public String name() {
        return "files";
    }

    @Override
    public String usage() {
        return "files verify [--data DIR]   re-hash every stored original file (exit 0 when all match)";
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of("data");
    }

    @Override
    public int run(Args args, PrintStream out, PrintStream err) throws IOException, SQLException {
        if (!args.positionals().equals(List.of("verify"))) {
            throw new UsageException("say what to do: files verify");
        }
        Path data = DataContext.collection(args);
        KeyRing keys = KeyRing.open(KeySource.of(data, System.getenv(), false));
        return report(FileChecks.verify(data.resolve("files"), keys, known(data)), out, err);
    }

    /** The stored copies the database knows, read directly (read-only) from SQLite or RECOURSE_DB_URL. */
    private static List<StoredCopy> known(Path data) throws SQLException {
        String url = Optional.ofNullable(System.getenv("RECOURSE_DB_URL")).filter(u -> !u.isBlank()).orElse("");
        if (url.isEmpty() && !Files.isRegularFile(data.resolve("recourse.db"))) {
            throw new InvalidInputException("--data", data + " holds no database (recourse.db)");
        }
        try (Connection c = url.isEmpty() ? DriverManager.getConnection("jdbc:sqlite:" + data.resolve("recourse.db")
                .toAbsolutePath() + "?open_mode=1")
                : DriverManager.getConnection(url, System.getenv("RECOURSE_DB_USER"), System.getenv("RECOURSE_DB_PASSWORD"))) {
            return FileChecks.knownCopies(c);
        }
    }

    private static int report(FileVerification v, PrintStream out, PrintStream err) {
        v.damaged().forEach(s -> err.println("file DAMAGED (content does not match its SHA-256): " + s));
        v.missing().forEach(s -> err.println("file MISSING from the files folder: " + s));
        v.unknown().forEach(s -> out.println("note: " + s + " in the files folder is not a known stored file (never served)"));
        v.destroyed().forEach(s -> out.println("file destroyed at withdrawal (the person withdrew all consent; "
                + "not damage): " + s));
        if (!v.intact()) {
            err.printf("%d damaged, %d missing; %d files intact%n", v.damaged().size(), v.missing().size(), v.checked());
            return 1;
        }
        out.printf("files intact: %d stored files, %d bytes, every one matches its SHA-256%s%n", v.checked(), v.bytes(),
                v.destroyed().isEmpty() ? "" : "; " + v.destroyed().size() + " destroyed at withdrawal");
        return 0;
    }
}
