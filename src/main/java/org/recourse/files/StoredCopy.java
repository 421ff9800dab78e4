package org.recourse.files;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * One stored copy of a content as the database knows it: the hash, whose key wraps it
 * ({@code person} empty: the master key), and when it was destroyed because that person
 * withdrew all consent (present only when every attachment reading this copy was destroyed).
 */
public record StoredCopy(String sha256, Optional<UUID> person, Optional<Instant> destroyedAt) {
}
