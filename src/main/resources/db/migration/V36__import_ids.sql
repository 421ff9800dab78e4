-- Incidents and acts created by a file import carry the import's id. The import is audited as
-- one action: one chain entry ("imported" on entity "import", its revision row holding the
-- file's SHA-256, the counts and a digest over these records' content), instead of an entry
-- and a revision per record. Recomputing the digest from the rows that carry the id shows
-- whether an imported record changed without a revision (audit verify).
ALTER TABLE incidents ADD COLUMN import_id TEXT;
ALTER TABLE acts ADD COLUMN import_id TEXT;
CREATE INDEX incidents_import ON incidents (import_id);
