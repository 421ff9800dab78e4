package org.recourse.files;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.recourse.files.internal.CopyCheck;
import org.recourse.files.internal.EncryptedFolder;
import org.recourse.files.internal.FileCopy;
import org.recourse.security.FileCipher;
import org.recourse.security.KeyRing;

/**
 * Re-hashing a files folder outside the application (plain Java, so {@code files verify} runs
 * beside a running server): every known copy is decrypted and its SHA-256 recomputed. A copy
 * destroyed at a withdrawal, or whose person key is gone (a backup restored after the
 * withdrawal), is reported as destroyed, not as damage.
 */
public final class FileChecks {

    /** One row per attachment (with its file), or the file alone when nothing is attached to it. */
    public static final String COPIES = """
            SELECT f.sha256, a.key_person_id, a.destroyed_at FROM files f LEFT JOIN attachments a ON a.sha256 = f.sha256
            ORDER BY f.sha256""";

    private FileChecks() {
    }

    public static FileVerification verify(Path filesFolder, KeyRing keys, List<StoredCopy> known) throws IOException {
        return verify(new EncryptedFolder(filesFolder, new FileCipher(keys)), known);
    }

    /** The copies a database knows, read with plain JDBC (the caller opens the connection, read-only if it likes). */
    public static List<StoredCopy> knownCopies(Connection c) throws SQLException {
        List<StoredCopy> perAttachment = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(COPIES)) {
            while (rs.next()) {
                perAttachment.add(new StoredCopy(rs.getString(1), Optional.ofNullable(rs.getString(2)).map(UUID::fromString),
                        Optional.ofNullable(rs.getString(3)).map(Instant::parse)));
            }
        }
        return merge(perAttachment);
    }

    /** One entry per copy from one per attachment: a copy is destroyed only when every attachment reading it is. */
    static List<StoredCopy> merge(List<StoredCopy> perAttachment) {
        Map<FileCopy, Optional<Instant>> copies = new LinkedHashMap<>();
        for (StoredCopy a : perAttachment) {
            copies.merge(new FileCopy(a.sha256(), a.person()), a.destroyedAt(),
                    (x, y) -> x.isPresent() && y.isPresent() ? x : Optional.empty());
        }
        return copies.entrySet().stream()
                .map(e -> new StoredCopy(e.getKey().sha256(), e.getKey().person(), e.getValue())).toList();
    }

    static FileVerification verify(EncryptedFolder folder, List<StoredCopy> known) throws IOException {
        List<String> damaged = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<String> destroyed = new ArrayList<>();
        long bytes = 0;
        int checked = 0;
        for (StoredCopy k : known) {
            FileCopy copy = new FileCopy(k.sha256(), k.person());
            if (k.destroyedAt().isPresent()) {
                destroyed.add(k.sha256());
                continue;
            }
            if (!folder.exists(copy)) {
                missing.add(k.sha256());
                continue;
            }
            CopyCheck check = folder.check(copy);
            if (check.keyDestroyed()) {
                destroyed.add(k.sha256());
            } else if (!check.intact()) {
                damaged.add(k.sha256());
            } else {
                checked++;
                bytes += check.size().getAsLong();
            }
        }
        Set<String> knownNames = new HashSet<>();
        known.forEach(k -> knownNames.add(new FileCopy(k.sha256(), k.person()).listedName()));
        List<String> unknown = folder.stored().stream().filter(s -> !knownNames.contains(s)).toList();
        return new FileVerification(checked, bytes, damaged, missing, unknown, destroyed);
    }
}
