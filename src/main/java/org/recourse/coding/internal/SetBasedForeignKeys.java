package org.recourse.coding.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A large import on PostgreSQL checks the foreign keys among the tables it loads ({@code acts}
 * to {@code incidents}, {@code involvements} to {@code acts}) once for the whole table instead
 * of row by row: in the import's transaction the constraints are dropped before the first
 * {@code COPY} and re-created, with the same names and definitions, after the last one. Re-
 * creating a foreign key validates every row with one join ({@code ALTER TABLE ... ADD
 * CONSTRAINT}); a row without its parent fails the import as a per-row check would. Measured
 * (docs/BENCHMARKS.md, Import): each per-row check looks the parent up and locks it, about half
 * of the server's time in a 1M-row import; the one join over the whole table takes about a
 * second per million rows.
 *
 * <p>The price, why only large imports on tables not much larger than the file do it: dropping
 * a constraint takes ACCESS EXCLUSIVE locks on {@code incidents}, {@code acts} and {@code
 * involvements} until the import commits or rolls back, so readers of incidents wait for the
 * import (smaller imports take only row locks, as before); and re-creating validates the
 * tables' existing rows too, so it is done only while they hold fewer than {@link
 * #EXISTING_PER_IMPORTED} times the file's acts. The foreign keys to {@code persons} stay (they
 * are checked per row, and dropping them would lock {@code persons} as well). Everything is
 * transactional: a rollback restores the constraints; a commit without {@link #restore} is
 * refused ({@link ImportRows#beginLargeImport}).
 *
 * <p>When the locks are not granted within {@link #LOCK_TIMEOUT} or the constraints cannot be
 * dropped (the application's role does not own the tables), the import goes on with the
 * per-row checks: the attempt runs inside a savepoint that is rolled back.
 */
final class SetBasedForeignKeys {

    /**
     * From this many existing acts per act of the file on, the per-row checks are kept: measured
     * (1M rows, psql), a per-row check costs the server about 8 µs per row, re-creating a
     * constraint about 0.5 µs per row of each joined table, existing rows included, so the two
     * are even at about seven existing rows per imported one; four leaves a margin.
     */
    static final int EXISTING_PER_IMPORTED = 4;
    static final String LOCK_TIMEOUT = "5s";

    private static final String CONSTRAINTS = """
            SELECT c.conrelid::regclass::text, quote_ident(c.conname), pg_get_constraintdef(c.oid)
            FROM pg_constraint c
            WHERE c.contype = 'f'
              AND ((c.conrelid = 'acts'::regclass AND c.confrelid = 'incidents'::regclass)
                OR (c.conrelid = 'involvements'::regclass AND c.confrelid = 'acts'::regclass))
            ORDER BY c.conrelid::regclass::text, c.conname""";

    private final List<Constraint> dropped;

    private SetBasedForeignKeys(List<Constraint> dropped) {
        this.dropped = dropped;
    }

    private record Constraint(String table, String name, String definition) {
    }

    /**
     * Drops the foreign keys among the loaded tables when an import of {@code acts} acts into
     * tables of fewer than {@link #EXISTING_PER_IMPORTED} times as many is worth it; empty when
     * not (also when the locks or the ownership are missing: nothing changed then).
     */
    static Optional<SetBasedForeignKeys> drop(Connection c, int acts) throws SQLException {
        if (acts <= 0 || !CopyRows.supported(c) || existingActsAtLeast(c, (long) EXISTING_PER_IMPORTED * acts)) {
            return Optional.empty();
        }
        Savepoint before = c.setSavepoint();
        try (Statement s = c.createStatement()) {
            String timeout = single(s, "SELECT current_setting('lock_timeout')");
            s.execute("SELECT set_config('lock_timeout', '" + LOCK_TIMEOUT + "', true)");
            // In the order the application writes them, so that a concurrent writer waits instead of deadlocking.
            s.execute("LOCK TABLE incidents, acts, involvements IN ACCESS EXCLUSIVE MODE");
            List<Constraint> found = new ArrayList<>();
            try (ResultSet r = s.executeQuery(CONSTRAINTS)) {
                while (r.next()) {
                    found.add(new Constraint(r.getString(1), r.getString(2), r.getString(3)));
                }
            }
            if (found.isEmpty()) {
                // Nothing to gain (a schema without these foreign keys): no locks held either.
                c.rollback(before);
                return Optional.empty();
            }
            for (Constraint k : found) {
                s.execute("ALTER TABLE " + k.table() + " DROP CONSTRAINT " + k.name());
            }
            try (PreparedStatement p = c.prepareStatement("SELECT set_config('lock_timeout', ?, true)")) {
                p.setString(1, timeout);
                p.execute();
            }
            c.releaseSavepoint(before);
            return Optional.of(new SetBasedForeignKeys(List.copyOf(found)));
        } catch (SQLException e) {
            // Not granted in time, or not the tables' owner: as before, with per-row checks.
            c.rollback(before);
            return Optional.empty();
        }
    }

    /**
     * Re-creates the dropped constraints, each validated over its whole table by one join. A
     * row without its parent fails it; the failure names the constraint, never the key or the
     * row (the server's detail line, which quotes the key, is left out).
     */
    void restore(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (Constraint k : dropped) {
                try {
                    s.execute("ALTER TABLE " + k.table() + " ADD CONSTRAINT " + k.name() + " " + k.definition());
                } catch (SQLException e) {
                    throw CopyRows.withoutValues(k.table(), "re-creating " + k.name() + " on", e);
                }
            }
        }
    }

    /** Whether {@code acts} holds at least {@code n} rows, reading no more than that many. */
    private static boolean existingActsAtLeast(Connection c, long n) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT count(*) FROM (SELECT 1 FROM acts LIMIT ?) t")) {
            p.setLong(1, n);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return r.getLong(1) >= n;
            }
        }
    }

    private static String single(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }
}
