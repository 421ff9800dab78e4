package org.recourse.testimony.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.recourse.shared.FuzzyDate;
import org.recourse.testimony.Reliability;
import org.recourse.testimony.Source;
import org.recourse.testimony.SourceId;
import org.recourse.testimony.SourceKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class Sources {

    private final JdbcClient jdbc;

    Sources(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Source s) {
        jdbc.sql("""
                INSERT INTO sources (id, kind, title, obtained_by, obtained_on, how_obtained, reliability, notes, created_at)
                VALUES (:id, :kind, :title, :by, :on, :how, :rel, :notes, :created)""")
                .param("id", s.id().toString()).param("kind", s.kind().name()).param("title", s.title())
                .param("by", s.obtainedBy()).param("on", s.obtainedOn().text()).param("how", s.howObtained())
                .param("rel", s.reliability().name()).param("notes", s.notes()).param("created", s.createdAt().toString())
                .update();
    }

    public Optional<Source> find(SourceId id) {
        return jdbc.sql("SELECT * FROM sources WHERE id = :id").param("id", id.toString()).query(Sources::source).optional();
    }

    public List<Source> all() {
        return jdbc.sql("SELECT * FROM sources ORDER BY created_at DESC").query(Sources::source).list();
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM sources").query(Long.class).single();
    }

    private static Source source(ResultSet rs, int n) throws SQLException {
        return new Source(new SourceId(UUID.fromString(rs.getString("id"))), SourceKind.valueOf(rs.getString("kind")),
                rs.getString("title"), rs.getString("obtained_by"), FuzzyDate.parse(rs.getString("obtained_on")),
                rs.getString("how_obtained"), Reliability.valueOf(rs.getString("reliability")), rs.getString("notes"),
                Instant.parse(rs.getString("created_at")));
    }
}
