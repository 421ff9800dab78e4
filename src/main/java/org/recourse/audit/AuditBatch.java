package org.recourse.audit;

import java.util.List;

/**
 * Many revisions from one change (an import of thousands of records), appended in order as
 * consecutive entries of the chain in one pass: one lock of the chain head and batched inserts
 * of the entries and the revision rows, instead of several statements per record. Each
 * revision still gets its own entry, whose hash covers its changes.
 */
public record AuditBatch(List<Revision> revisions) {

    public AuditBatch {
        revisions = List.copyOf(revisions);
    }
}
