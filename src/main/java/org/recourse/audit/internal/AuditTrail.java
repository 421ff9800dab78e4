package org.recourse.audit.internal;

import java.time.Clock;
import java.time.Instant;
import org.recourse.audit.AuditEvent;
import org.recourse.audit.Revision;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Appends every {@link AuditEvent} synchronously, inside the publisher's transaction: the
 * change and its entry commit or roll back together.
 */
@Component
class AuditTrail {

    private final AuditEntries entries;
    private final Revisions revisions;
    private final Clock clock;

    AuditTrail(AuditEntries entries, Revisions revisions) {
        this.entries = entries;
        this.revisions = revisions;
        this.clock = Clock.systemUTC();
    }

    @EventListener
    void on(AuditEvent event) {
        entries.append(clock.instant(), actor(), event.action(), event.entityType(), event.entityId());
    }

    /** One chain entry whose hash covers the changes, and the revision row that points to it. */
    @EventListener
    void on(Revision revision) {
        Instant at = clock.instant();
        String actor = actor();
        String json = Revisions.json(revision.changes());
        long seq = entries.append(at, actor, revision.action(), revision.entityType(), revision.entityId(),
                Revisions.digest(json));
        revisions.insert(revision, json, at, actor, seq);
    }

    private static String actor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || !auth.isAuthenticated() ? "system" : auth.getName();
    }
}
