package org.recourse.testimony.internal;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.recourse.testimony.SourceId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** sources.restricted and the source_access table: who is named on a restricted source. */
@Repository
public class SourceAccessTable {

    private final JdbcClient jdbc;

    SourceAccessTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean isRestricted(SourceId id) {
        return jdbc.sql("SELECT COUNT(*) FROM sources WHERE id = :id AND restricted = :yes").param("id", id.toString())
                .param("yes", true).query(Long.class).single() > 0;
    }

    public Set<SourceId> restricted() {
        return ids(jdbc.sql("SELECT id FROM sources WHERE restricted = :yes").param("yes", true).query(String.class).list());
    }

    /** Restricted sources on which {@code username} is not named. */
    public Set<SourceId> restrictedWithout(String username) {
        return ids(jdbc.sql("""
                SELECT id FROM sources WHERE restricted = :yes
                AND id NOT IN (SELECT source_id FROM source_access WHERE username = :u)""")
                .param("yes", true).param("u", username).query(String.class).list());
    }

    public List<String> named(SourceId id) {
        return jdbc.sql("SELECT username FROM source_access WHERE source_id = :id ORDER BY username")
                .param("id", id.toString()).query(String.class).list();
    }

    /** Replaces the restriction and the named users of one source. */
    public void replace(SourceId id, boolean restricted, Set<String> usernames, String grantedBy) {
        jdbc.sql("UPDATE sources SET restricted = :r WHERE id = :id").param("r", restricted).param("id", id.toString())
                .update();
        jdbc.sql("DELETE FROM source_access WHERE source_id = :id").param("id", id.toString()).update();
        String now = Instant.now().toString();
        for (String u : usernames) {
            jdbc.sql("INSERT INTO source_access (source_id, username, granted_by, granted_at) VALUES (:s, :u, :by, :at)")
                    .param("s", id.toString()).param("u", u).param("by", grantedBy).param("at", now).update();
        }
    }

    private static Set<SourceId> ids(List<String> ids) {
        Set<SourceId> out = new HashSet<>();
        ids.forEach(s -> out.add(new SourceId(UUID.fromString(s))));
        return out;
    }
}
