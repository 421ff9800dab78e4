package org.recourse.files.internal;

import java.util.Optional;
import java.util.UUID;

/** One stored copy of a content: its hash and whose key wraps it (empty: the master key). */
public record FileCopy(String sha256, Optional<UUID> person) {

    public FileCopy {
        if (!EncryptedFolder.isSha256(sha256)) {
            throw new IllegalArgumentException("not a SHA-256 in hex");
        }
    }

    public static FileCopy master(String sha256) {
        return new FileCopy(sha256, Optional.empty());
    }

    /** How {@link EncryptedFolder#stored()} lists it. */
    public String listedName() {
        return person.map(p -> EncryptedFolder.PERSONS + "/" + p + "/" + sha256).orElse(sha256);
    }

    /** Its path below the files folder. */
    String name() {
        String hashPath = sha256.substring(0, 2) + "/" + sha256.substring(2);
        return person.map(p -> EncryptedFolder.PERSONS + "/" + p + "/" + hashPath).orElse(hashPath);
    }
}

