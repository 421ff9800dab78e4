package org.recourse.testimony;

import java.time.Instant;
import java.util.Optional;

/**
 * What can be said about a person's identity without decrypting it: how many fields are stored,
 * whether it was destroyed (and when), and whether this caller may reveal and change it.
 */
public record IdentityStatus(PersonId personId, int fields, Optional<Instant> destroyedAt, boolean callerMayReveal) {

    public boolean destroyed() {
        return destroyedAt.isPresent();
    }
}
