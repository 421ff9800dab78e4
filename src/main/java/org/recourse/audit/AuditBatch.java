package org.recourse.audit;

import java.util.List;

/**
 * Many audit events from one change (an import of thousands of records), appended in order as
 * consecutive entries of the chain in one pass: one lock of the chain head and one batched
 * insert instead of three statements per entry. Each event still gets its own entry.
 */
public record AuditBatch(List<AuditEvent> events) {

    public AuditBatch {
        events = List.copyOf(events);
    }
}
