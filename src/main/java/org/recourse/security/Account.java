package org.recourse.security;

import java.time.Instant;
import java.util.UUID;

/** An account as other modules see it: never the password hash. */
public record Account(UUID id, String username, Role role, boolean mustChangePassword, boolean enabled, Instant createdAt) {
}
