package org.recourse.testimony.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.recourse.shared.FuzzyDate;
import org.recourse.testimony.PersonId;
import org.recourse.testimony.SourceId;
import org.recourse.testimony.Testimony;
import org.recourse.testimony.TestimonyId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class Testimonies {

    private final JdbcClient jdbc;

    Testimonies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Testimony t) {
        jdbc.sql("""
                INSERT INTO testimonies (id, source_id, speaker_id, title, language, body, translation, recorded_on,
                interviewer, created_at) VALUES (:id, :source, :speaker, :title, :lang, :body, :translation, :on,
                :interviewer, :created)""")
                .param("id", t.id().toString()).param("source", t.sourceId().toString())
                .param("speaker", t.speakerId().map(PersonId::toString).orElse(null)).param("title", t.title())
                .param("lang", t.language()).param("body", t.body()).param("translation", t.translation())
                .param("on", t.recordedOn().text()).param("interviewer", t.interviewer())
                .param("created", t.createdAt().toString()).update();
    }

    public Optional<Testimony> find(TestimonyId id) {
        return jdbc.sql("SELECT * FROM testimonies WHERE id = :id").param("id", id.toString())
                .query(Testimonies::testimony).optional();
    }

    public List<Testimony> all() {
        return jdbc.sql("SELECT * FROM testimonies ORDER BY created_at DESC").query(Testimonies::testimony).list();
    }

    public List<Testimony> ofSource(SourceId id) {
        return jdbc.sql("SELECT * FROM testimonies WHERE source_id = :s ORDER BY created_at").param("s", id.toString())
                .query(Testimonies::testimony).list();
    }

    public List<Testimony> bySpeaker(PersonId id) {
        return jdbc.sql("SELECT * FROM testimonies WHERE speaker_id = :p ORDER BY created_at").param("p", id.toString())
                .query(Testimonies::testimony).list();
    }

    /** Replaces a testimony's transcript and translation (a speaker's withdrawal under a policy that keeps no facts). */
    public void replaceText(TestimonyId id, String text) {
        jdbc.sql("UPDATE testimonies SET body = :t, translation = '' WHERE id = :id").param("t", text)
                .param("id", id.toString()).update();
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM testimonies").query(Long.class).single();
    }

    private static Testimony testimony(ResultSet rs, int n) throws SQLException {
        String speaker = rs.getString("speaker_id");
        return new Testimony(new TestimonyId(UUID.fromString(rs.getString("id"))),
                new SourceId(UUID.fromString(rs.getString("source_id"))),
                Optional.ofNullable(speaker).map(s -> new PersonId(UUID.fromString(s))), rs.getString("title"),
                rs.getString("language"), rs.getString("body"), rs.getString("translation"),
                FuzzyDate.parse(rs.getString("recorded_on")), rs.getString("interviewer"),
                Instant.parse(rs.getString("created_at")));
    }
}
