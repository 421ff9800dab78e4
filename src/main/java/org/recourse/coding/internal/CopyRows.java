package org.recourse.coding.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.postgresql.PGConnection;

/**
 * Rows loaded into PostgreSQL with {@code COPY ... FROM STDIN} (text format) on the
 * transaction's own connection, so they are part of it like INSERTs would be: the server parses
 * no statement per row and writes the heap in batches. Constraints, foreign keys and indexes
 * are checked as for INSERTs.
 *
 * <p>Text format (PostgreSQL manual, COPY, "Text Format"): columns separated by a tab, rows by
 * a newline, NULL as {@code \N}; a backslash, tab, newline or carriage return inside a value is
 * written as {@code \\}, {@code \t}, {@code \n}, {@code \r}. Nothing else needs escaping; the
 * bytes are UTF-8, the driver's client encoding.
 */
final class CopyRows {

    private CopyRows() {
    }

    /** Whether the connection is to PostgreSQL (through the pool's proxy). */
    static boolean supported(Connection c) throws SQLException {
        return c.isWrapperFor(PGConnection.class);
    }

    static void copy(Connection c, String table, String columns, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        byte[] data = text(rows);
        try {
            c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + table + " (" + columns + ") FROM STDIN",
                    new java.io.ByteArrayInputStream(data), data.length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw withoutValues(table, e);
        }
    }

    /**
     * The server's failure without its context line, which for COPY quotes the row's values
     * (an incident's title or summary); INSERTs with parameters never quoted them. The cause is
     * left out for the same reason.
     */
    static SQLException withoutValues(String table, SQLException e) {
        return withoutValues(table, "COPY into", e);
    }

    /** As {@link #withoutValues(String, SQLException)}, for another statement on {@code table} ({@code what} it did). */
    static SQLException withoutValues(String table, String what, SQLException e) {
        String primary = e instanceof org.postgresql.util.PSQLException p && p.getServerErrorMessage() != null
                ? p.getServerErrorMessage().getMessage() : "the server refused the rows";
        return new SQLException(what + " " + table + " failed: " + primary, e.getSQLState());
    }

    /** The rows in COPY's text format. */
    static byte[] text(List<Object[]> rows) {
        StringBuilder out = new StringBuilder(rows.size() * 128);
        for (Object[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    out.append('\t');
                }
                Object v = row[i];
                if (v == null) {
                    out.append("\\N");
                } else if (v instanceof Integer n) {
                    out.append(n.intValue());
                } else {
                    escape((String) v, out);
                }
            }
            out.append('\n');
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void escape(String s, StringBuilder out) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(ch);
            }
        }
    }
}
