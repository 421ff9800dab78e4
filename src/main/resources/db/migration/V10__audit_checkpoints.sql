-- Signed checkpoints of the audit chain: the head (seq, hash) at a moment, signed with the
-- installation's Ed25519 key. Written at least every 1,000 entries and at every clean shutdown.
-- A chain rewritten after a checkpoint no longer matches its signed head hash.
CREATE TABLE audit_checkpoints (
    seq         BIGINT PRIMARY KEY,
    head_hash   TEXT   NOT NULL,
    created_at  TEXT   NOT NULL,
    key_id      TEXT   NOT NULL,
    signature   TEXT   NOT NULL
);
