package org.recourse.files;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import org.recourse.files.internal.EncryptedFolder;
import org.recourse.security.FileCipher;
import org.recourse.security.KeyRing;

/**
 * Re-hashing a files folder outside the application (plain Java, so {@code files verify} runs
 * beside a running server): every known file is decrypted and its SHA-256 recomputed.
 */
public final class FileChecks {

    private FileChecks() {
    }

    /** {@code known}: the hashes the database lists (table {@code files}). */
    public static FileVerification verify(Path filesFolder, KeyRing keys, List<String> known) throws IOException {
        return verify(new EncryptedFolder(filesFolder, new FileCipher(keys)), known);
    }

    static FileVerification verify(EncryptedFolder folder, List<String> known) throws IOException {
        List<String> damaged = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        long bytes = 0;
        for (String sha : known) {
            if (!folder.exists(sha)) {
                missing.add(sha);
                continue;
            }
            OptionalLong size = folder.verifiedSize(sha);
            if (size.isEmpty()) {
                damaged.add(sha);
            } else {
                bytes += size.getAsLong();
            }
        }
        Set<String> knownSet = new HashSet<>(known);
        List<String> unknown = folder.stored().stream().filter(s -> !knownSet.contains(s)).toList();
        return new FileVerification(known.size() - missing.size() - damaged.size(), bytes, damaged, missing, unknown);
    }
}
