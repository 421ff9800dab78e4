package org.recourse.testimony.internal;

import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.recourse.testimony.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The encrypted identifying fields, one row per field; this class never sees a plaintext. */
@Repository
public class PersonIdentities {

    private final JdbcClient jdbc;

    PersonIdentities(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Ciphertexts by field code. */
    public Map<String, byte[]> of(PersonId person) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        jdbc.sql("SELECT field, ciphertext FROM person_identities WHERE person_id = :p ORDER BY field")
                .param("p", person.toString())
                .query((rs, n) -> out.put(rs.getString("field"), Base64.getDecoder().decode(rs.getString("ciphertext"))))
                .list();
        return out;
    }

    public int count(PersonId person) {
        return jdbc.sql("SELECT COUNT(*) FROM person_identities WHERE person_id = :p").param("p", person.toString())
                .query(Integer.class).single();
    }

    public void put(PersonId person, String field, byte[] ciphertext, Instant at, String by) {
        remove(person, field);
        jdbc.sql("""
                INSERT INTO person_identities (person_id, field, ciphertext, changed_at, changed_by)
                VALUES (:p, :f, :c, :at, :by)""")
                .param("p", person.toString()).param("f", field)
                .param("c", Base64.getEncoder().encodeToString(ciphertext)).param("at", at.toString()).param("by", by)
                .update();
    }

    public void remove(PersonId person, String field) {
        jdbc.sql("DELETE FROM person_identities WHERE person_id = :p AND field = :f").param("p", person.toString())
                .param("f", field).update();
    }
}
