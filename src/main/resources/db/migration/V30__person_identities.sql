-- Identifying fields of persons, stored only encrypted, one row per field: AES-256-GCM under the
-- person's own key (keys/persons), with the person id and the field name as associated data.
-- Destroying the key (withdrawal of all consent) leaves these rows unreadable.
CREATE TABLE person_identities (
    person_id   TEXT NOT NULL REFERENCES persons (id),
    field       TEXT NOT NULL,
    ciphertext  TEXT NOT NULL,
    changed_at  TEXT NOT NULL,
    changed_by  TEXT NOT NULL,
    PRIMARY KEY (person_id, field)
);

-- Who besides administrators may see a person's identity: the interviewer who recorded the
-- person or a testimony of theirs (reason 'recorded' or 'testimony'), or a user an administrator
-- named (reason 'granted'). Roles other than interviewer never see identities, whatever this says.
CREATE TABLE person_access (
    person_id   TEXT NOT NULL REFERENCES persons (id),
    username    TEXT NOT NULL,
    reason      TEXT NOT NULL,
    granted_by  TEXT NOT NULL,
    granted_at  TEXT NOT NULL,
    PRIMARY KEY (person_id, username)
);

-- A person withdrew all consent: their key was destroyed at this time, and whether the
-- organisation's policy kept the non-identifying facts of incidents coded from their testimonies.
CREATE TABLE person_withdrawals (
    person_id            TEXT    PRIMARY KEY REFERENCES persons (id),
    withdrawn_at         TEXT    NOT NULL,
    withdrawn_by         TEXT    NOT NULL,
    kept_incident_facts  BOOLEAN NOT NULL
);
