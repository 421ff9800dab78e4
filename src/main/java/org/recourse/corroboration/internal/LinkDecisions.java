package org.recourse.corroboration.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.recourse.corroboration.LinkDecision;
import org.recourse.corroboration.LinkKind;
import org.recourse.corroboration.Verdict;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The link_decisions table. */
@Repository
public class LinkDecisions {

    private final JdbcClient jdbc;

    LinkDecisions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(LinkDecision d) {
        jdbc.sql("""
                INSERT INTO link_decisions (id, kind, left_id, right_id, decision, decided_by, decided_at, undone_at)
                VALUES (:id, :kind, :left, :right, :decision, :by, :at, NULL)""")
                .param("id", d.id().toString()).param("kind", d.kind().code()).param("left", d.left())
                .param("right", d.right()).param("decision", d.decision().code()).param("by", d.decidedBy())
                .param("at", d.decidedAt().toString()).update();
    }

    public void undo(UUID id, Instant at) {
        jdbc.sql("UPDATE link_decisions SET undone_at = :at WHERE id = :id AND undone_at IS NULL")
                .param("at", at.toString()).param("id", id.toString()).update();
    }

    public Optional<LinkDecision> find(UUID id) {
        return jdbc.sql("SELECT * FROM link_decisions WHERE id = :id").param("id", id.toString())
                .query(LinkDecisions::decision).optional();
    }

    /** Decisions not undone, of one kind, oldest first. */
    public List<LinkDecision> active(LinkKind kind) {
        return jdbc.sql("SELECT * FROM link_decisions WHERE kind = :kind AND undone_at IS NULL ORDER BY decided_at")
                .param("kind", kind.code()).query(LinkDecisions::decision).list();
    }

    /** Decisions not undone that involve one record. */
    public List<LinkDecision> activeOf(LinkKind kind, String id) {
        return jdbc.sql("""
                SELECT * FROM link_decisions WHERE kind = :kind AND undone_at IS NULL AND (left_id = :id OR right_id = :id)
                ORDER BY decided_at""").param("kind", kind.code()).param("id", id).query(LinkDecisions::decision).list();
    }

    private static LinkDecision decision(ResultSet rs, int n) throws SQLException {
        String undone = rs.getString("undone_at");
        return new LinkDecision(UUID.fromString(rs.getString("id")), LinkKind.parse(rs.getString("kind")),
                rs.getString("left_id"), rs.getString("right_id"), Verdict.parse(rs.getString("decision")),
                rs.getString("decided_by"), Instant.parse(rs.getString("decided_at")),
                Optional.ofNullable(undone).map(Instant::parse));
    }
}
