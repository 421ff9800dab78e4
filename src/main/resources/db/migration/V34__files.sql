-- Original files kept for chain of custody. The content lives encrypted in DATA/files/ab/cdef...,
-- named by the SHA-256 of its plaintext; a row here says the file is complete and known.
-- The original file name may identify someone: stored encrypted (base64 of an AEAD ciphertext
-- bound to the attachment id), never in clear.
CREATE TABLE files (
    sha256      TEXT   PRIMARY KEY,
    size        BIGINT NOT NULL,
    media_type  TEXT   NOT NULL,
    stored_at   TEXT   NOT NULL,
    stored_by   TEXT   NOT NULL
);

CREATE TABLE attachments (
    id                        TEXT PRIMARY KEY,
    sha256                    TEXT NOT NULL REFERENCES files (sha256),
    source_id                 TEXT NOT NULL REFERENCES sources (id),
    testimony_id              TEXT REFERENCES testimonies (id),
    original_name_ciphertext  TEXT NOT NULL,
    attached_at               TEXT NOT NULL,
    attached_by               TEXT NOT NULL
);
CREATE INDEX attachments_source ON attachments (source_id);
CREATE INDEX attachments_testimony ON attachments (testimony_id);
CREATE INDEX attachments_sha256 ON attachments (sha256);
