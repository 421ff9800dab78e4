package org.recourse.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.recourse.backup.internal.Archive;
import org.recourse.backup.internal.SqliteSnapshot;
import org.recourse.security.KeyRing;
import org.recourse.security.SealedFiles;
import org.recourse.shared.InvalidInputException;
import org.recourse.storage.DataFolder;

/** Writes and restores sealed backups of a data folder with the embedded database. */
public final class Backups {

    private Backups() {
    }

    public static BackupSummary backup(DataFolder folder, Path out, KeyRing keys) throws IOException, SQLException {
        if (!Files.isRegularFile(folder.database())) {
            throw new InvalidInputException("--data", folder.root() + " holds no database (recourse.db) to back up");
        }
        if (Files.exists(out)) {
            throw new InvalidInputException("--out", out + " exists already: choose a new file name");
        }
        Path work = Files.createTempDirectory(out.toAbsolutePath().getParent(), ".recourse-backup-");
        try {
            Path snapshot = work.resolve(Archive.DATABASE);
            SqliteSnapshot.copy(folder.database(), snapshot);
            Path zip = work.resolve("backup.zip");
            int files = Archive.pack(zip, snapshot, folder.root().resolve(Archive.FILES));
            SealedFiles.seal(keys, zip, out, Map.of("content", "recourse data folder", "database", "sqlite"));
            return new BackupSummary(out, Files.size(snapshot), files, Files.size(out));
        } finally {
            deleteTree(work);
        }
    }

    /**
     * Checks the backup's signature and decrypts it before writing anything into
     * {@code target}, which must be missing, empty, or hold only a {@code keys} folder.
     * {@code keysToCopy}: a keys folder to copy into the restored folder.
     */
    public static RestoreSummary restore(Path file, Path target, KeyRing keys, Optional<Path> keysToCopy)
            throws IOException {
        refuseNonEmpty(target, keysToCopy.isPresent());
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException("FILE", "no backup file at " + file);
        }
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path work = Files.createTempDirectory(parent, ".recourse-restore-");
        try {
            Path zip = work.resolve("backup.zip");
            Map<String, String> header = SealedFiles.open(keys, file, zip);
            Path staging = Files.createDirectories(work.resolve("data"));
            int entries = Archive.unpack(zip, staging);
            Files.createDirectories(target);
            moveChildren(staging, target);
            if (keysToCopy.isPresent()) {
                copyTree(keysToCopy.get(), target.resolve("keys"));
            }
            return new RestoreSummary(target, entries, header.getOrDefault("created", "?"), keys.masterKeyId());
        } finally {
            deleteTree(work);
        }
    }

    private static void refuseNonEmpty(Path target, boolean keysComeSeparately) throws IOException {
        if (!Files.exists(target)) {
            return;
        }
        if (!Files.isDirectory(target)) {
            throw new InvalidInputException("--data", target + " is a file, not a folder; nothing was written");
        }
        List<String> names;
        try (Stream<Path> children = Files.list(target)) {
            names = children.map(p -> p.getFileName().toString()).toList();
        }
        boolean onlyKeys = names.equals(List.of("keys")) && !keysComeSeparately;
        if (!names.isEmpty() && !onlyKeys) {
            throw new InvalidInputException("--data", target + " is not empty: restore only into a new or empty folder "
                    + "(it may hold the keys folder alone); nothing was written");
        }
    }

    private static void moveChildren(Path from, Path to) throws IOException {
        try (Stream<Path> children = Files.list(from)) {
            for (Path child : children.toList()) {
                Files.move(child, to.resolve(child.getFileName().toString()), StandardCopyOption.ATOMIC_MOVE);
            }
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path dest = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p) && Files.isDirectory(dest)) {
                    continue;
                }
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest.getParent());
                    Files.copy(p, dest, StandardCopyOption.COPY_ATTRIBUTES);
                } else {
                    Files.copy(p, dest, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
