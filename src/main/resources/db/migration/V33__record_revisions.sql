-- The revision history of every record: who changed which fields, when. One row per create,
-- change or delete, written in the transaction of the change. "changes" is a JSON list of
-- {field, before, after}; identifying fields are listed without values and long texts by
-- length only. audit_seq names the audit entry written with it, whose details_hash is the
-- SHA-256 of "changes", so rewriting history breaks the hash chain.
CREATE TABLE record_revisions (
    entity_type  TEXT    NOT NULL,
    entity_id    TEXT    NOT NULL,
    revision     INTEGER NOT NULL,
    changed_at   TEXT    NOT NULL,
    changed_by   TEXT    NOT NULL,
    action       TEXT    NOT NULL,
    changes      TEXT    NOT NULL,
    audit_seq    BIGINT  NOT NULL,
    PRIMARY KEY (entity_type, entity_id, revision)
);
CREATE INDEX record_revisions_audit ON record_revisions (audit_seq);

-- Empty for entries without details; otherwise part of the entry's hash.
ALTER TABLE audit_log ADD COLUMN details_hash TEXT NOT NULL DEFAULT '';
