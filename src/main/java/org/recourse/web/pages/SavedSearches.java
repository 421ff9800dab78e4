package org.recourse.web.pages;

import jakarta.servlet.http.HttpSession;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The searches of one signed-in session, each under a random token, so that the words searched
 * for (a name, a village) never appear in a URL: not in the browser's history, a proxy's log or
 * a bookmark. The page's links carry the token; the words stay in the server's memory and end
 * with the session.
 */
final class SavedSearches {

    /** A search as typed, with its order. */
    record Saved(String query, String sort) {
    }

    static final int KEPT = 30;
    private static final String KEY = "search.saved";
    private static final SecureRandom RANDOM = new SecureRandom();

    private SavedSearches() {
    }

    static String save(HttpSession session, Saved search) {
        byte[] raw = new byte[12];
        RANDOM.nextBytes(raw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        Kept kept = kept(session);
        synchronized (kept) {
            kept.put(token, search);
        }
        return token;
    }

    static Optional<Saved> find(HttpSession session, String token) {
        Kept kept = kept(session);
        synchronized (kept) {
            return Optional.ofNullable(kept.get(token));
        }
    }

    private static Kept kept(HttpSession session) {
        if (session.getAttribute(KEY) instanceof Kept kept) {
            return kept;
        }
        Kept created = new Kept();
        session.setAttribute(KEY, created);
        return created;
    }

    /** The most recently used searches of a session, the oldest forgotten first. */
    private static final class Kept extends LinkedHashMap<String, Saved> {

        Kept() {
            super(16, 0.75f, true);
        }

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Saved> eldest) {
            return size() > KEPT;
        }
    }
}
