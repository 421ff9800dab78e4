package org.recourse.audit.internal;

import java.time.Clock;
import org.recourse.audit.AuditBatch;
import org.recourse.audit.AuditEvent;
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
    private final Clock clock;

    AuditTrail(AuditEntries entries) {
        this.entries = entries;
        this.clock = Clock.systemUTC();
    }

    @EventListener
    void on(AuditEvent event) {
        entries.append(clock.instant(), actor(), event.action(), event.entityType(), event.entityId());
    }

    @EventListener
    void on(AuditBatch batch) {
        entries.appendAll(clock.instant(), actor(), batch.events());
    }

    private static String actor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || !auth.isAuthenticated() ? "system" : auth.getName();
    }
}
