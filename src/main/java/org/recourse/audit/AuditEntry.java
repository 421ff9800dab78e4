package org.recourse.audit;

import java.time.Instant;

/** One entry of the chain as stored; {@code detailsHash} is the SHA-256 of a revision's changes, or empty. */
public record AuditEntry(long seq, Instant occurredAt, String actor, String action, String entityType,
        String entityId, String prevHash, String hash, String detailsHash) {
}
