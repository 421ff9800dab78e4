package org.recourse.audit;

import java.util.List;
import org.recourse.audit.internal.AuditEntries;
import org.springframework.stereotype.Service;

/** Reads the audit chain: the history of one record, and the whole chain for verification. */
@Service
public class AuditLog {

    private final AuditEntries entries;

    AuditLog(AuditEntries entries) {
        this.entries = entries;
    }

    public List<AuditEntry> historyOf(String entityType, String entityId) {
        return entries.of(entityType, entityId);
    }

    public List<AuditEntry> latest(int limit) {
        return entries.latest(limit);
    }
}
