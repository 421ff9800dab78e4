package org.recourse.audit.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.recourse.audit.AuditBatch;
import org.recourse.audit.AuditEvent;
import org.recourse.audit.Revision;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends every {@link AuditEvent} synchronously, inside the publisher's transaction: the
 * change and its entry commit or roll back together. An event published outside a transaction
 * (a failed login, an export) gets one of its own, so an append is never split across commits.
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
    @Transactional
    void on(AuditEvent event) {
        entries.append(clock.instant(), actor(), event.action(), event.entityType(), event.entityId());
    }

    /** One chain entry whose hash covers the changes, and the revision row that points to it. */
    @EventListener
    @Transactional
    void on(Revision revision) {
        Instant at = clock.instant();
        String actor = actor();
        String json = Revisions.json(revision.changes());
        long seq = entries.append(at, actor, revision.action(), revision.entityType(), revision.entityId(),
                Revisions.digest(json));
        revisions.insert(revision, json, at, actor, seq);
    }

    /** Many revisions as consecutive chain entries, appended and stored in batches (imports). */
    @EventListener
    @Transactional
    void on(AuditBatch batch) {
        if (batch.revisions().isEmpty()) {
            return;
        }
        Instant at = clock.instant();
        String actor = actor();
        List<String> json = batch.revisions().stream().map(r -> Revisions.json(r.changes())).toList();
        List<AuditEntries.Entry> chain = new java.util.ArrayList<>(json.size());
        for (int i = 0; i < json.size(); i++) {
            Revision r = batch.revisions().get(i);
            chain.add(new AuditEntries.Entry(r.action(), r.entityType(), r.entityId(), Revisions.digest(json.get(i))));
        }
        long first = entries.appendAll(at, actor, chain);
        revisions.insertAll(batch.revisions(), json, at, actor, first);
    }

    private static String actor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || !auth.isAuthenticated() ? "system" : auth.getName();
    }
}
