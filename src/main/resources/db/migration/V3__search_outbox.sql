-- Testimonies whose search passages must be (re)built. Rows are written in the same transaction
-- as the change that makes them stale and deleted once the index has committed them, so a
-- crash can delay the index but never leave it behind the database for good.
CREATE TABLE search_outbox (
    testimony_id  TEXT PRIMARY KEY,
    queued_at     TEXT NOT NULL
);
