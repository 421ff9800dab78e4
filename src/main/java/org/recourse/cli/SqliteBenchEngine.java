package org.recourse.cli;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * SQLite FTS5 with the {@code porter unicode61 remove_diacritics 2} tokenizer (Unicode word
 * breaks, English Porter stemming; no Korean morphology), ranked by FTS5's built-in bm25; the
 * top 10 with a highlighted snippet each, as the Lucene engine returns them.
 */
final class SqliteBenchEngine implements BenchEngine {

    private final Connection db;

    SqliteBenchEngine(Path file) throws Exception {
        db = DriverManager.getConnection("jdbc:sqlite:" + file);
        try (Statement s = db.createStatement()) {
            s.execute("PRAGMA journal_mode=OFF");
            s.execute("PRAGMA synchronous=OFF");
            s.execute("PRAGMA cache_size=-1000000");
            s.execute("CREATE VIRTUAL TABLE passages USING fts5(body, violation UNINDEXED, country UNINDEXED,"
                    + " year_from UNINDEXED, year_to UNINDEXED, tokenize = 'porter unicode61 remove_diacritics 2')");
        }
    }

    @Override
    public String name() {
        return "sqlite_fts5";
    }

    @Override
    public String setup() {
        return "SQLite FTS5, tokenize='porter unicode61 remove_diacritics 2', ORDER BY rank (bm25) LIMIT 10, snippet() of each";
    }

    @Override
    public void load(int n) throws Exception {
        db.setAutoCommit(false);
        try (PreparedStatement ins = db.prepareStatement(
                "INSERT INTO passages(rowid, body, violation, country, year_from, year_to) VALUES (?,?,?,?,?,?)")) {
            for (int i = 0; i < n; i++) {
                SyntheticPassages.bind(ins, i);
                ins.executeUpdate();
            }
        }
        db.commit();
        try (Statement s = db.createStatement()) {
            s.execute("INSERT INTO passages(passages) VALUES('optimize')");
        }
        db.commit();
    }

    @Override
    public int query(BenchQuery q) throws Exception {
        String where = q.sqlFilter().isEmpty() ? "" : " AND " + q.sqlFilter();
        try (PreparedStatement ps = db.prepareStatement(
                "SELECT rowid, snippet(passages, 0, '[', ']', ' … ', 24) FROM passages WHERE passages MATCH ?" + where
                        + " ORDER BY rank LIMIT 10")) {
            ps.setString(1, q.fts5());
            int n = 0;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    n += rs.getString(2) == null ? 0 : 1;
                }
            }
            return n;
        }
    }

    @Override
    public void close() throws Exception {
        db.close();
    }
}
