package org.recourse.audit;

import java.time.Instant;
import java.util.List;

/** One stored revision of a record: its number, when and by whom, what was done, which fields changed. */
public record RecordRevision(String entityType, String entityId, int revision, Instant changedAt, String changedBy,
        String action, List<FieldChange> changes, long auditSeq) {

    public RecordRevision {
        changes = List.copyOf(changes);
    }
}
