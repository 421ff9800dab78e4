package org.recourse.audit;

import java.util.List;
import org.recourse.audit.internal.AuditEntries;
import org.recourse.audit.internal.ChainVerifier;
import org.recourse.audit.internal.Revisions;
import org.springframework.stereotype.Service;

/** Reads the audit chain: the history of one record, and the whole chain for verification. */
@Service
public class AuditLog {

    private final AuditEntries entries;
    private final ChainVerifier verifier;
    private final Revisions revisions;

    AuditLog(AuditEntries entries, ChainVerifier verifier, Revisions revisions) {
        this.entries = entries;
        this.verifier = verifier;
        this.revisions = revisions;
    }

    /** The revision history of one record, oldest first: who changed which fields, when. */
    public List<RecordRevision> revisionsOf(String entityType, String entityId) {
        return revisions.of(entityType, entityId);
    }

    /** Every revision of one action on one type of record, in chain order. */
    public List<RecordRevision> revisionsWith(String entityType, String action) {
        return revisions.ofAction(entityType, action);
    }

    /** Recomputes the whole chain and checks every checkpoint signature; reads only. */
    public AuditVerification verify() {
        return verifier.verify();
    }

    public List<AuditEntry> historyOf(String entityType, String entityId) {
        return entries.of(entityType, entityId);
    }

    public List<AuditEntry> latest(int limit) {
        return entries.latest(limit);
    }
}
