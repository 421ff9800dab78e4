package org.recourse.audit;

import java.time.Instant;

/** One entry of the chain as stored. */
public record AuditEntry(long seq, Instant occurredAt, String actor, String action, String entityType,
        String entityId, String prevHash, String hash) {
}
