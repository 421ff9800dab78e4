package org.recourse.storage.internal;

import java.nio.file.Path;

/**
 * The JDBC URL of the embedded database with the pragmas that make it safe: WAL with
 * synchronous=FULL so an acknowledged commit survives a killed process or a power cut,
 * foreign keys on, and IMMEDIATE transactions so two writers wait for each other
 * (busy_timeout) instead of failing half-way.
 */
final class SqliteUrl {

    private SqliteUrl() {
    }

    static String of(Path file) {
        return "jdbc:sqlite:" + file.toAbsolutePath()
                + "?journal_mode=WAL&synchronous=FULL&foreign_keys=true&busy_timeout=30000&transaction_mode=IMMEDIATE&cache_size=-65536";
    }
}
