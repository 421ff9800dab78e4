package org.recourse.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Set;
import org.recourse.backup.BackupSummary;
import org.recourse.backup.Backups;
import org.recourse.security.KeyRing;
import org.recourse.security.KeySource;
import org.recourse.shared.InvalidInputException;
import org.recourse.storage.DataFolder;

/**
 * {@code backup}: a sealed (encrypted and signed) backup of the data folder, safe while the
 * server runs. Runs without Spring: it reads the database file and the keys folder directly.
 */
final class BackupCommand implements Command {

    @Override
    public String name() {
        return "backup";
    }

    @Override
    public String usage() {
        return "backup --out FILE [--data DIR]   encrypted, signed backup of the database and files (server may run)";
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of("data", "out");
    }

    @Override
    public int run(Args args, PrintStream out, PrintStream err) throws Exception {
        args.refuseArguments();
        Path file = CommandLineFiles.output("out", args.option("out").orElseThrow(() -> new UsageException("--out FILE is required")));
        String dbUrl = System.getenv("RECOURSE_DB_URL");
        if (dbUrl != null && !dbUrl.isBlank()) {
            throw new InvalidInputException("RECOURSE_DB_URL", "this installation keeps its database in PostgreSQL (RECOURSE_DB_URL): back "
                    + "the database up with pg_dump and copy the files folder; see docs/SECURITY.md");
        }
        DataFolder folder = new DataFolder(DataContext.collection(args));
        KeyRing keys = KeyRing.open(KeySource.of(folder.root(), System.getenv(), false));
        BackupSummary s = Backups.backup(folder, file, keys);
        out.printf("backup written: %s (%,d bytes; database %,d bytes, %d files), sealed under master key %s%n",
                s.file(), s.backupBytes(), s.databaseBytes(), s.files(), keys.masterKeyId());
        out.println("restoring it needs this data folder's keys folder (or passphrase and keys folder): keep them apart");
        return 0;
    }
}
