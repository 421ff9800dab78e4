package org.recourse.security;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A personal access token as its owner and administrators see it: never the token, nor its hash. */
public record ApiToken(UUID id, UUID ownerId, String name, Role role, Instant createdAt, Optional<Instant> lastUsedAt,
        Optional<Instant> expiresAt, Optional<Instant> revokedAt) {

    public boolean activeAt(Instant now) {
        return revokedAt.isEmpty() && expiresAt.map(now::isBefore).orElse(true);
    }
}
