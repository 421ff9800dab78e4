-- Sign-in hardening: "log out everywhere" epochs, TOTP secrets, personal API tokens.
ALTER TABLE users ADD COLUMN session_epoch BIGINT NOT NULL DEFAULT 0;

-- secret: the base64 of the DataKeys ciphertext (associated data: the account id).
-- last_step: the last accepted RFC 6238 time step, so a code cannot be used twice.
CREATE TABLE totp_secrets (
    user_id     TEXT    PRIMARY KEY REFERENCES users (id),
    secret      TEXT    NOT NULL,
    confirmed   BOOLEAN NOT NULL,
    last_step   BIGINT  NOT NULL,
    created_at  TEXT    NOT NULL
);

-- token_hash: hex SHA-256 of the token; the token itself is shown once and never stored.
CREATE TABLE api_tokens (
    id            TEXT PRIMARY KEY,
    user_id       TEXT NOT NULL REFERENCES users (id),
    name          TEXT NOT NULL,
    token_hash    TEXT NOT NULL UNIQUE,
    role          TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    last_used_at  TEXT,
    expires_at    TEXT,
    revoked_at    TEXT
);
CREATE INDEX api_tokens_user ON api_tokens (user_id);
