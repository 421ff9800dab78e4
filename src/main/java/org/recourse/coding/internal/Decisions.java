package org.recourse.coding.internal;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.recourse.coding.SuggestionDecision;
import org.recourse.testimony.TestimonyId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Repository;

/** The suggestion_decisions table. */
@Repository
public class Decisions {

    private final JdbcClient jdbc;

    Decisions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(TestimonyId id, String part, String key, SuggestionDecision decision) {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        jdbc.sql("""
                INSERT INTO suggestion_decisions (id, testimony_id, part, suggestion, decision, decided_by, decided_at)
                VALUES (:id, :t, :part, :key, :decision, :by, :at)""")
                .param("id", UUID.randomUUID().toString()).param("t", id.toString()).param("part", part)
                .param("key", key).param("decision", decision.name())
                .param("by", auth == null ? "system" : auth.getName()).param("at", Instant.now().toString()).update();
    }

    public Set<String> rejected(TestimonyId id, String part) {
        return Set.copyOf(jdbc.sql("""
                SELECT suggestion FROM suggestion_decisions WHERE testimony_id = :t AND part = :part AND decision = :d""")
                .param("t", id.toString()).param("part", part).param("d", SuggestionDecision.REJECTED.name())
                .query(String.class).list());
    }
}
