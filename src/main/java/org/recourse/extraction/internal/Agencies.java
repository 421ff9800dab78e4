package org.recourse.extraction.internal;

import java.util.List;
import java.util.Set;

/**
 * Reports often name the agency once and then only the rank ("the preliminary investigation
 * officer", "an officer", {@code 예심원}): a generic official takes the agency the passage
 * names, the one right before it first ("state security officers"), else the nearest one; an
 * official of a detention place ("prison officials", {@code 교화소 관리자}) is its guard.
 */
final class Agencies {

    static final String GENERIC = "official";
    private static final Set<String> AGENCIES = Set.of("police", "state_security", "soldier", "detention_guard",
            "market_official", "party_official", "state_official");

    private Agencies() {
    }

    /** The agency a generic official belongs to, or {@link #GENERIC} if the passage names none. */
    static String resolve(Passage p, TermMatch official, List<TermMatch> perpetrators, List<TermMatch> places) {
        for (TermMatch place : places) {
            if (Coercion.DETENTION_PLACES.contains(place.code()) && place.end() <= official.start()
                    && official.start() - place.end() <= 1 && p.text.substring(place.end(), official.start()).isBlank()) {
                return "detention_guard";
            }
        }
        TermMatch nearest = null;
        int best = Integer.MAX_VALUE;
        for (TermMatch m : perpetrators) {
            if (!AGENCIES.contains(m.code())) {
                continue;
            }
            if (m.end() <= official.start() && p.text.substring(m.end(), official.start()).isBlank()) {
                return m.code();
            }
            int d = m.end() <= official.start() ? official.start() - m.end() : Math.abs(m.start() - official.end());
            if (d < best) {
                best = d;
                nearest = m;
            }
        }
        return nearest == null ? GENERIC : nearest.code();
    }
}
