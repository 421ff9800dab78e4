package org.recourse.files;

import java.time.Instant;
import java.util.Optional;

/**
 * A stored file whose key was destroyed when the person it belongs to withdrew all consent:
 * nobody can open it, from this data folder or from any backup. Not damage: the web layer
 * answers 410 Gone. Carries the hash and the time only.
 */
public class FileDestroyedException extends RuntimeException {

    private final String sha256;
    private final transient Optional<Instant> destroyedAt;

    public FileDestroyedException(String sha256, Optional<Instant> destroyedAt) {
        super("the file " + sha256 + " was destroyed at withdrawal" + destroyedAt.map(d -> " on " + d).orElse("")
                + ": the person it belongs to withdrew all consent and its key was destroyed, so it cannot be opened "
                + "by anyone, here or from a backup");
        this.sha256 = sha256;
        this.destroyedAt = destroyedAt;
    }

    public String sha256() {
        return sha256;
    }

    public Optional<Instant> destroyedAt() {
        return destroyedAt;
    }
}
