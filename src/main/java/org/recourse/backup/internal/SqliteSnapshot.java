package org.recourse.backup.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A consistent copy of a live SQLite database: {@code VACUUM INTO} reads the database in one
 * read transaction, so it sees one committed state however many writers run meanwhile (in WAL
 * mode readers do not block writers). See https://sqlite.org/lang_vacuum.html#vacuuminto.
 */
public final class SqliteSnapshot {

    private SqliteSnapshot() {
    }

    public static void copy(Path database, Path snapshot) throws SQLException {
        String url = "jdbc:sqlite:" + database.toAbsolutePath() + "?busy_timeout=30000";
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("VACUUM INTO '" + snapshot.toAbsolutePath().toString().replace("'", "''") + "'");
        }
    }
}
