package org.recourse.audit;

import java.util.List;
import org.recourse.audit.internal.AuditEntries;
import org.recourse.audit.internal.ChainVerifier;
import org.springframework.stereotype.Service;

/** Reads the audit chain: the history of one record, and the whole chain for verification. */
@Service
public class AuditLog {

    private final AuditEntries entries;
    private final ChainVerifier verifier;

    AuditLog(AuditEntries entries, ChainVerifier verifier) {
        this.entries = entries;
        this.verifier = verifier;
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
