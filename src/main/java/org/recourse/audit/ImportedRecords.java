package org.recourse.audit;

import java.util.Optional;

/**
 * Recomputes the digest an {@code imported} entry names: the canonical content of the records
 * one file import created, as the import stored them (edits since, which have their own
 * revisions, accounted for). Implemented by the module that owns the records, declared here so
 * that {@link AuditLog#verify()} can check imports while audit depends on nothing but
 * {@code shared}.
 */
public interface ImportedRecords {

    /** The action and entity type of an import's one audit entry. */
    String ACTION = "imported";
    String ENTITY = "import";
    /** The field of the import's revision that holds the digest. */
    String DIGEST_FIELD = "content_digest";

    /** The recomputed digest, or empty when this implementation stored nothing under the id. */
    Optional<String> digest(String importId);
}
