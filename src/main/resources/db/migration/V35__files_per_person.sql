-- Original files tied to a person are encrypted under that person's key, so withdrawing all
-- consent shreds them. key_person_id: the person whose key wraps the copy this attachment reads
-- (DATA/files/persons/<id>/ab/cdef...); NULL: the master key (DATA/files/ab/cdef..., as in V34).
-- destroyed_at: when that copy was destroyed because the person withdrew all consent; the row
-- stays (hash, size, time) so the record says what was destroyed instead of reporting damage.
ALTER TABLE attachments ADD COLUMN key_person_id TEXT;
ALTER TABLE attachments ADD COLUMN destroyed_at TEXT;
CREATE INDEX attachments_key_person ON attachments (key_person_id);
