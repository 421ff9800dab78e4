/**
 * Accounts and roles: who may log in, with which role, and their password hashes (Argon2id).
 * Creates the first administrator on an empty installation. Signing in: account administration
 * ({@link org.recourse.security.AccountAdministration}), TOTP ({@link org.recourse.security.SecondFactor}),
 * lockout and throttling ({@link org.recourse.security.LoginGuard}), personal access tokens
 * ({@link org.recourse.security.ApiTokens}) and the session epochs behind "log out everywhere". The keys: a master key from a key
 * file or an Argon2id passphrase, never stored in the database, wrapping Tink keysets for data
 * (AES-256-GCM) and signatures (Ed25519); other modules see only {@link org.recourse.security.DataKeys},
 * {@link org.recourse.security.Signer}, {@link org.recourse.security.SignatureVerifier} and
 * {@link org.recourse.security.SealedFiles}, never Tink. Signs audit checkpoints by implementing
 * {@code audit}'s {@code CheckpointSigner}. The HTTP side of login lives in {@code web}; this module
 * knows nothing of servlets. Depends on {@code shared}, {@code audit} and {@code storage}.
 */
package org.recourse.security;
