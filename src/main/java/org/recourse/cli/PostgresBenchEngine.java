package org.recourse.cli;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * PostgreSQL full-text search: a stored {@code to_tsvector('english', body)} column with a GIN
 * index (built after the load), ranked by {@code ts_rank}, the top 10 with a {@code ts_headline}
 * each (as the Lucene engine returns snippets). No Korean parser ships with
 * PostgreSQL, so Korean words are prefix queries.
 */
final class PostgresBenchEngine implements BenchEngine {

    private final Connection db;

    PostgresBenchEngine(String url, String user, String password) throws Exception {
        db = DriverManager.getConnection(url, user, password);
        try (Statement s = db.createStatement()) {
            s.execute("DROP TABLE IF EXISTS recourse_bench_passages");
            s.execute("CREATE TABLE recourse_bench_passages (id int PRIMARY KEY, body text, violation text, country text,"
                    + " year_from int, year_to int, tsv tsvector GENERATED ALWAYS AS (to_tsvector('english', body)) STORED)");
        }
    }

    @Override
    public String name() {
        return "postgres_fts";
    }

    @Override
    public String setup() {
        return "PostgreSQL, to_tsvector('english') stored column + GIN, ORDER BY ts_rank DESC LIMIT 10, ts_headline of each";
    }

    @Override
    public boolean inProcess() {
        return false;
    }

    @Override
    public void load(int n) throws Exception {
        db.setAutoCommit(false);
        try (PreparedStatement ins = db.prepareStatement(
                "INSERT INTO recourse_bench_passages(id, body, violation, country, year_from, year_to) VALUES (?,?,?,?,?,?)")) {
            for (int i = 0; i < n; i++) {
                SyntheticPassages.bind(ins, i);
                ins.addBatch();
                if (i % 1000 == 999) {
                    ins.executeBatch();
                }
            }
            ins.executeBatch();
        }
        db.commit();
        db.setAutoCommit(true);
        try (Statement s = db.createStatement()) {
            s.execute("CREATE INDEX recourse_bench_tsv ON recourse_bench_passages USING gin (tsv)");
            s.execute("VACUUM ANALYZE recourse_bench_passages");
        }
    }

    @Override
    public int query(BenchQuery q) throws Exception {
        String where = q.sqlFilter().isEmpty() ? "" : " AND " + q.sqlFilter();
        // The headline is made for the ten rows only, outside the ranked subquery.
        try (PreparedStatement ps = db.prepareStatement("SELECT id, ts_headline('english', body, q) FROM"
                + " (SELECT id, body, q FROM recourse_bench_passages, to_tsquery('english', ?) q"
                + " WHERE tsv @@ q" + where + " ORDER BY ts_rank(tsv, q) DESC LIMIT 10) top")) {
            ps.setString(1, q.tsquery());
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
        try (Statement s = db.createStatement()) {
            s.execute("DROP TABLE IF EXISTS recourse_bench_passages");
        }
        db.close();
    }
}
