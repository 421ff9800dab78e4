package org.recourse.testimony.internal;

import java.time.Instant;
import java.util.List;
import org.recourse.testimony.IdentityGrant;
import org.recourse.testimony.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Repository;

/** Who besides administrators may see a person's identity (person_access). */
@Repository
public class PersonAccessTable {

    private final JdbcClient jdbc;

    PersonAccessTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean has(PersonId person, String username) {
        return jdbc.sql("SELECT COUNT(*) FROM person_access WHERE person_id = :p AND username = :u")
                .param("p", person.toString()).param("u", username).query(Long.class).single() > 0;
    }

    public List<IdentityGrant> of(PersonId person) {
        return jdbc.sql("SELECT * FROM person_access WHERE person_id = :p ORDER BY username").param("p", person.toString())
                .query((rs, n) -> new IdentityGrant(rs.getString("username"), rs.getString("reason"),
                        rs.getString("granted_by"), Instant.parse(rs.getString("granted_at"))))
                .list();
    }

    /** Adds a row unless the user has one already; returns whether it was added. */
    public boolean add(PersonId person, String username, String reason, String by) {
        if (has(person, username)) {
            return false;
        }
        jdbc.sql("""
                INSERT INTO person_access (person_id, username, reason, granted_by, granted_at)
                VALUES (:p, :u, :r, :by, :at)""")
                .param("p", person.toString()).param("u", username).param("r", reason).param("by", by)
                .param("at", Instant.now().toString()).update();
        return true;
    }

    /** The signed-in user, when there is one, gets access because they recorded the person or a testimony of theirs. */
    public void addCurrentUser(PersonId person, String reason) {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && auth.getName() != null && !"anonymousUser".equals(auth.getName())) {
            add(person, auth.getName(), reason, auth.getName());
        }
    }

    public boolean remove(PersonId person, String username) {
        return jdbc.sql("DELETE FROM person_access WHERE person_id = :p AND username = :u").param("p", person.toString())
                .param("u", username).update() > 0;
    }
}
