package org.recourse.indexing.internal;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The search_outbox table: testimonies whose passages are stale in the index. */
@Repository
class SearchOutbox {

    private final JdbcClient jdbc;

    SearchOutbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void queue(String testimonyId) {
        int updated = jdbc.sql("UPDATE search_outbox SET queued_at = :at WHERE testimony_id = :t")
                .param("at", Instant.now().toString()).param("t", testimonyId).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO search_outbox (testimony_id, queued_at) VALUES (:t, :at)").param("t", testimonyId)
                    .param("at", Instant.now().toString()).update();
        }
    }

    List<Queued> pending(int limit) {
        return jdbc.sql("SELECT testimony_id, queued_at FROM search_outbox ORDER BY queued_at LIMIT :n").param("n", limit)
                .query((rs, n) -> new Queued(rs.getString(1), rs.getString(2))).list();
    }

    /** Removes the row only if nothing queued it again meanwhile. */
    void done(Queued q) {
        jdbc.sql("DELETE FROM search_outbox WHERE testimony_id = :t AND queued_at = :at").param("t", q.testimonyId())
                .param("at", q.queuedAt()).update();
    }

    /** One stale testimony and when it was queued. */
    record Queued(String testimonyId, String queuedAt) {
    }
}
