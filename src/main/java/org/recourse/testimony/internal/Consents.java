package org.recourse.testimony.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.recourse.testimony.Consent;
import org.recourse.testimony.ConsentUse;
import org.recourse.testimony.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Repository;

@Repository
public class Consents {

    private final JdbcClient jdbc;

    Consents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Consent c) {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        jdbc.sql("""
                INSERT INTO consents (id, person_id, use_code, partner, granted_at, withdrawn_at, recorded_by)
                VALUES (:id, :person, :use, :partner, :granted, NULL, :by)""")
                .param("id", c.id().toString()).param("person", c.personId().toString()).param("use", c.use().name())
                .param("partner", c.partner()).param("granted", c.grantedAt().toString())
                .param("by", auth == null ? "system" : auth.getName()).update();
    }

    public void withdraw(UUID id, Instant at) {
        jdbc.sql("UPDATE consents SET withdrawn_at = :at WHERE id = :id").param("at", at.toString())
                .param("id", id.toString()).update();
    }

    public Optional<Consent> find(UUID id) {
        return jdbc.sql("SELECT * FROM consents WHERE id = :id").param("id", id.toString()).query(Consents::consent).optional();
    }

    public List<Consent> of(PersonId person) {
        return jdbc.sql("SELECT * FROM consents WHERE person_id = :p ORDER BY granted_at").param("p", person.toString())
                .query(Consents::consent).list();
    }

    private static Consent consent(ResultSet rs, int n) throws SQLException {
        String withdrawn = rs.getString("withdrawn_at");
        return new Consent(UUID.fromString(rs.getString("id")), new PersonId(UUID.fromString(rs.getString("person_id"))),
                ConsentUse.valueOf(rs.getString("use_code")), rs.getString("partner"), Instant.parse(rs.getString("granted_at")),
                Optional.ofNullable(withdrawn).map(Instant::parse));
    }
}
