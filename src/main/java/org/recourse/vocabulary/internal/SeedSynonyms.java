package org.recourse.vocabulary.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.recourse.vocabulary.Term;

/**
 * Which synonyms of a starting term a later version of the application brings that an
 * installation lacks: those the term has never had in any of its versions. A synonym an
 * administrator removed stays removed.
 */
public final class SeedSynonyms {

    private SeedSynonyms() {
    }

    /** {@code history}: every version of the installed term, the current one included. */
    public static List<String> missing(Term seed, List<Term> history) {
        Set<String> ever = new HashSet<>();
        history.forEach(version -> version.synonyms().forEach(s -> ever.add(s.toLowerCase(Locale.ROOT))));
        return seed.synonyms().stream().filter(s -> !ever.contains(s.toLowerCase(Locale.ROOT))).distinct().toList();
    }
}
