-- What reviewers decided about candidate pairs of the corroboration queue: two persons who may
-- be the same person, or two incidents that may corroborate each other. A link never merges
-- the records; undoing a decision sets undone_at and keeps the row, so the history stays.
CREATE TABLE link_decisions (
    id          TEXT PRIMARY KEY,
    kind        TEXT NOT NULL,
    left_id     TEXT NOT NULL,
    right_id    TEXT NOT NULL,
    decision    TEXT NOT NULL,
    decided_by  TEXT NOT NULL,
    decided_at  TEXT NOT NULL,
    undone_at   TEXT
);
CREATE INDEX link_decisions_pair ON link_decisions (kind, left_id, right_id);
CREATE INDEX link_decisions_right ON link_decisions (kind, right_id);
