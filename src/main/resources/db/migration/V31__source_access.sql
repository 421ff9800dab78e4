-- Sources restricted to named users: a restricted source, its testimonies, their passages and
-- the incidents coded only from it are seen by administrators and the users named here only.
ALTER TABLE sources ADD COLUMN restricted BOOLEAN NOT NULL DEFAULT FALSE;

CREATE TABLE source_access (
    source_id   TEXT NOT NULL REFERENCES sources (id),
    username    TEXT NOT NULL,
    granted_by  TEXT NOT NULL,
    granted_at  TEXT NOT NULL,
    PRIMARY KEY (source_id, username)
);
CREATE INDEX source_access_user ON source_access (username);
