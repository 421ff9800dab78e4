package org.recourse.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.recourse.backup.Backups;
import org.recourse.backup.RestoreSummary;
import org.recourse.security.KeyRing;
import org.recourse.security.KeySource;

/**
 * {@code restore}: checks a backup's signature, then restores it into an empty folder. The
 * keys come from {@code --keys DIR} (a copy of the original keys folder, copied in) or from a
 * keys folder already placed in the target.
 */
final class RestoreCommand implements Command {

    @Override
    public String name() {
        return "restore";
    }

    @Override
    public String usage() {
        return "restore FILE --data EMPTY_DIR [--keys KEYS_DIR]   check a backup's signature and restore it";
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of("data", "keys");
    }

    @Override
    public int run(Args args, PrintStream out, PrintStream err) throws Exception {
        if (args.positionals().size() != 1) {
            throw new UsageException("name one backup file");
        }
        Path file = CommandLineFiles.input(Path.of(args.positionals().get(0)));
        Path target = Path.of(args.option("data").orElseThrow(() -> new UsageException("--data EMPTY_DIR is required")));
        Optional<Path> keysDir = args.option("keys").map(Path::of);
        KeySource source = KeySource.of(target, System.getenv(), false);
        KeyRing keys = KeyRing.open(keysDir.map(source::withKeysDir).orElse(source));
        RestoreSummary s = Backups.restore(file, target, keys, keysDir);
        out.printf("restored %d files from the backup made %s into %s (master key %s)%n", s.entries(), s.backupCreated(),
                s.target(), s.masterKeyId());
        out.println("check it: ./recourse audit verify --data " + target);
        return 0;
    }
}
