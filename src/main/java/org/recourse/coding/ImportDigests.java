package org.recourse.coding;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.recourse.audit.AuditLog;
import org.recourse.audit.FieldChange;
import org.recourse.audit.ImportedRecords;
import org.recourse.audit.RecordRevision;
import org.recourse.coding.internal.ImportRows;
import org.springframework.stereotype.Component;

/**
 * Recomputes an import's digest for audit verification from the incidents, acts and
 * involvements that carry its id. An imported incident edited since counts with the
 * fingerprint its first change recorded as "before", provided its stored content still has
 * the fingerprint its last change recorded as "after".
 */
@Component
class ImportDigests implements ImportedRecords {

    private final ImportRows rows;
    private final AuditLog audit;

    ImportDigests(ImportRows rows, AuditLog audit) {
        this.rows = rows;
        this.audit = audit;
    }

    @Override
    public Optional<String> digest(String importId) {
        return rows.digest(importId, edited());
    }

    private Map<String, ImportRows.EditedLeaf> edited() {
        Map<String, ImportRows.EditedLeaf> out = new HashMap<>();
        for (RecordRevision r : audit.revisionsWith("incident", "changed")) {
            r.changes().stream().filter(c -> c.field().equals(IncidentRevisions.FINGERPRINT)).findFirst()
                    .ifPresent(c -> out.merge(r.entityId(), leaf(c), ImportDigests::chain));
        }
        return out;
    }

    /** Two changes in a row: the later one must start from what the earlier one left, or the content changed in between. */
    private static ImportRows.EditedLeaf chain(ImportRows.EditedLeaf earlier, ImportRows.EditedLeaf later) {
        String asImported = later.asImported().equals(earlier.lastAfter()) ? earlier.asImported() : "0".repeat(64);
        return new ImportRows.EditedLeaf(asImported, later.lastAfter());
    }

    private static ImportRows.EditedLeaf leaf(FieldChange c) {
        return new ImportRows.EditedLeaf(c.before().orElse(""), c.after().orElse(""));
    }
}
