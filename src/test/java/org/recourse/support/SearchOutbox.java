package org.recourse.support;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The search indexer's outbox, read in the test application's own database (SQLite or PostgreSQL). */
public final class SearchOutbox {

    private SearchOutbox() {
    }

    /** Whether the background search indexer has caught up with every committed change. */
    public static boolean caughtUp(JdbcClient jdbc) {
        return jdbc.sql("SELECT COUNT(*) FROM search_outbox").query(Long.class).single() == 0;
    }
}
