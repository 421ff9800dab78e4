-- What coders decided about coding suggestions: rejected suggestions are not shown again,
-- accepted ones are kept as a record of how the coder was used.
CREATE TABLE suggestion_decisions (
    id            TEXT    PRIMARY KEY,
    testimony_id  TEXT    NOT NULL REFERENCES testimonies (id),
    part          TEXT    NOT NULL,
    suggestion    TEXT    NOT NULL,
    decision      TEXT    NOT NULL,
    decided_by    TEXT    NOT NULL,
    decided_at    TEXT    NOT NULL
);
CREATE INDEX suggestion_decisions_testimony ON suggestion_decisions (testimony_id, part);
