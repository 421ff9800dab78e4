-- Recourse core schema. One set of migrations for SQLite and PostgreSQL: portable types only
-- (TEXT ids and ISO-8601 dates, INTEGER/BIGINT, BOOLEAN), no autoincrement, no vendor functions.

CREATE TABLE terms (
    scheme       TEXT    NOT NULL,
    code         TEXT    NOT NULL,
    parent_code  TEXT,
    label_en     TEXT    NOT NULL,
    label_ko     TEXT    NOT NULL,
    synonyms     TEXT    NOT NULL,
    deprecated   BOOLEAN NOT NULL,
    version      INTEGER NOT NULL,
    PRIMARY KEY (scheme, code)
);

CREATE TABLE term_revisions (
    scheme       TEXT    NOT NULL,
    code         TEXT    NOT NULL,
    version      INTEGER NOT NULL,
    parent_code  TEXT,
    label_en     TEXT    NOT NULL,
    label_ko     TEXT    NOT NULL,
    synonyms     TEXT    NOT NULL,
    deprecated   BOOLEAN NOT NULL,
    changed_at   TEXT    NOT NULL,
    changed_by   TEXT    NOT NULL,
    PRIMARY KEY (scheme, code, version)
);

CREATE TABLE users (
    id                    TEXT    PRIMARY KEY,
    username              TEXT    NOT NULL UNIQUE,
    password_hash         TEXT    NOT NULL,
    role                  TEXT    NOT NULL,
    must_change_password  BOOLEAN NOT NULL,
    enabled               BOOLEAN NOT NULL,
    created_at            TEXT    NOT NULL
);

CREATE TABLE audit_log (
    seq          BIGINT PRIMARY KEY,
    occurred_at  TEXT   NOT NULL,
    actor        TEXT   NOT NULL,
    action       TEXT   NOT NULL,
    entity_type  TEXT   NOT NULL,
    entity_id    TEXT   NOT NULL,
    prev_hash    TEXT   NOT NULL,
    hash         TEXT   NOT NULL
);

-- One row: the head of the audit chain. Appending updates it first, which serialises
-- concurrent appends on PostgreSQL (row lock) as SQLite's write lock does.
CREATE TABLE audit_head (
    id    INTEGER PRIMARY KEY,
    seq   BIGINT  NOT NULL,
    hash  TEXT    NOT NULL
);
INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

CREATE TABLE sources (
    id            TEXT PRIMARY KEY,
    kind          TEXT NOT NULL,
    title         TEXT NOT NULL,
    obtained_by   TEXT NOT NULL,
    obtained_on   TEXT,
    how_obtained  TEXT NOT NULL,
    reliability   TEXT NOT NULL,
    notes         TEXT NOT NULL,
    created_at    TEXT NOT NULL
);

CREATE TABLE persons (
    id                TEXT PRIMARY KEY,
    pseudonym         TEXT NOT NULL UNIQUE,
    roles             TEXT NOT NULL,
    gender            TEXT NOT NULL,
    age_band          TEXT NOT NULL,
    occupation        TEXT NOT NULL,
    departure_period  TEXT NOT NULL,
    province          TEXT NOT NULL,
    created_at        TEXT NOT NULL
);

CREATE TABLE consents (
    id            TEXT PRIMARY KEY,
    person_id     TEXT NOT NULL REFERENCES persons (id),
    use_code      TEXT NOT NULL,
    partner       TEXT NOT NULL,
    granted_at    TEXT NOT NULL,
    withdrawn_at  TEXT,
    recorded_by   TEXT NOT NULL
);
CREATE INDEX consents_person ON consents (person_id);

CREATE TABLE testimonies (
    id           TEXT PRIMARY KEY,
    source_id    TEXT NOT NULL REFERENCES sources (id),
    speaker_id   TEXT REFERENCES persons (id),
    title        TEXT NOT NULL,
    language     TEXT NOT NULL,
    body         TEXT NOT NULL,
    translation  TEXT NOT NULL,
    recorded_on  TEXT,
    interviewer  TEXT NOT NULL,
    created_at   TEXT NOT NULL
);
CREATE INDEX testimonies_source ON testimonies (source_id);

CREATE TABLE incidents (
    id              TEXT PRIMARY KEY,
    title           TEXT NOT NULL,
    summary         TEXT NOT NULL,
    date_precision  TEXT NOT NULL,
    date_from       TEXT,
    date_to         TEXT,
    location_type   TEXT,
    country         TEXT,
    province        TEXT NOT NULL,
    facility        TEXT NOT NULL,
    created_at      TEXT NOT NULL
);

CREATE TABLE acts (
    id           TEXT PRIMARY KEY,
    incident_id  TEXT NOT NULL REFERENCES incidents (id),
    violation    TEXT NOT NULL,
    victim_id    TEXT REFERENCES persons (id),
    created_at   TEXT NOT NULL
);
CREATE INDEX acts_incident ON acts (incident_id);

CREATE TABLE involvements (
    act_id            TEXT    NOT NULL REFERENCES acts (id),
    ordinal           INTEGER NOT NULL,
    perpetrator_type  TEXT    NOT NULL,
    perpetrator_id    TEXT    REFERENCES persons (id),
    role              TEXT    NOT NULL,
    PRIMARY KEY (act_id, ordinal)
);

CREATE TABLE responses (
    id           TEXT PRIMARY KEY,
    incident_id  TEXT NOT NULL REFERENCES incidents (id),
    response     TEXT NOT NULL,
    description  TEXT NOT NULL,
    created_at   TEXT NOT NULL
);
CREATE INDEX responses_incident ON responses (incident_id);

CREATE TABLE passages (
    id            TEXT    PRIMARY KEY,
    incident_id   TEXT    NOT NULL REFERENCES incidents (id),
    act_id        TEXT    REFERENCES acts (id),
    testimony_id  TEXT    NOT NULL REFERENCES testimonies (id),
    source_id     TEXT    NOT NULL,
    part          TEXT    NOT NULL,
    start_offset  INTEGER NOT NULL,
    end_offset    INTEGER NOT NULL,
    quoted        TEXT    NOT NULL,
    created_at    TEXT    NOT NULL
);
CREATE INDEX passages_incident ON passages (incident_id);
CREATE INDEX passages_testimony ON passages (testimony_id);
