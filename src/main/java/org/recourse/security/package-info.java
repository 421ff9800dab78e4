/**
 * Accounts and roles: who may log in, with which role, and their password hashes (Argon2id).
 * Creates the first administrator on an empty installation. The HTTP side of login lives in
 * {@code web}; this module knows nothing of servlets. Depends on {@code shared} and {@code audit}.
 */
package org.recourse.security;
