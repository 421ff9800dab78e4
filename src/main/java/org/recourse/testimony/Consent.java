package org.recourse.testimony;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** One use a person agreed to; withdrawn when {@code withdrawnAt} is set. */
public record Consent(UUID id, PersonId personId, ConsentUse use, String partner, Instant grantedAt,
        Optional<Instant> withdrawnAt) {

    public boolean active() {
        return withdrawnAt.isEmpty();
    }
}
