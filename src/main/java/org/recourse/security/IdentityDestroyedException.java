package org.recourse.security;

import java.time.Instant;
import java.util.Optional;

/**
 * A person's key was destroyed (crypto-shredding after they withdrew consent): their identifying
 * data cannot be decrypted by anyone, from the database or from any backup. {@code destroyedAt}
 * is known when the keys folder still holds the destruction note.
 */
public class IdentityDestroyedException extends KeyException {

    private final transient Optional<Instant> destroyedAt;

    public IdentityDestroyedException(Optional<Instant> destroyedAt) {
        super("this person's identity key was destroyed" + destroyedAt.map(d -> " on " + d).orElse("")
                + ": their identifying data is unrecoverable");
        this.destroyedAt = destroyedAt;
    }

    public Optional<Instant> destroyedAt() {
        return destroyedAt;
    }
}
