/**
 * Backups of a data folder and their restore. A backup is a consistent snapshot of the
 * embedded SQLite database ({@code VACUUM INTO}, safe while the server writes) and the
 * {@code files} folder, packed into one zip and sealed by {@code security} (encrypted with a
 * fresh data key wrapped by the master key, signed with Ed25519). The keys folder is never in a
 * backup. Plain Java, no Spring, so it runs beside a running server. PostgreSQL installations
 * back up their database with pg_dump. Depends on {@code storage}, {@code security} and
 * {@code shared}.
 */
package org.recourse.backup;
