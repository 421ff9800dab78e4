package org.recourse.testimony.internal;

import java.time.Instant;
import java.util.Optional;
import org.recourse.testimony.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Persons who withdrew all consent, and when (person_withdrawals). */
@Repository
public class PersonWithdrawals {

    private final JdbcClient jdbc;

    PersonWithdrawals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Instant> of(PersonId person) {
        return jdbc.sql("SELECT withdrawn_at FROM person_withdrawals WHERE person_id = :p").param("p", person.toString())
                .query(String.class).optional().map(Instant::parse);
    }

    public void insert(PersonId person, Instant at, String by, boolean keptFacts) {
        jdbc.sql("""
                INSERT INTO person_withdrawals (person_id, withdrawn_at, withdrawn_by, kept_incident_facts)
                VALUES (:p, :at, :by, :kept)""")
                .param("p", person.toString()).param("at", at.toString()).param("by", by).param("kept", keptFacts).update();
    }
}
