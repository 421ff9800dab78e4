package org.recourse.extraction.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "held for three weeks at the state security department", "beaten in the MSS": state
 * security named after "at" or "in" is the place where it holds and questions people, an
 * interrogation facility (as {@code 보위부에서 조사} in Korean), when the sentence tells of an act.
 * Reads a few words before each match.
 */
final class EnglishAgencyPlaces {

    private static final Set<String> AT = Set.of("at", "in", "inside");
    private static final Set<String> MODIFIERS = Set.of("the", "a", "local", "provincial", "county", "city", "regional",
            "north", "korean", "county's", "province's");
    private static final int MODIFIER_WINDOW = 3;

    private EnglishAgencyPlaces() {
    }

    /** The span of the first state security named as a place where an act is told, if any. */
    static Optional<int[]> atStateSecurity(Passage p, List<TermMatch> perpetrators, List<TermMatch> violations) {
        for (TermMatch m : perpetrators) {
            if (!m.code().equals("state_security") || p.isKorean(m) || m.embedded()) {
                continue;
            }
            int i = p.tokenAt(m.start()) - 1;
            int skipped = 0;
            while (i >= 0 && skipped < MODIFIER_WINDOW && MODIFIERS.contains(p.word(i))) {
                i--;
                skipped++;
            }
            if (i >= 0 && p.tokens.get(i).start() >= p.sentenceStart(m.start()) && AT.contains(p.word(i))
                    && Roles.anyInSentence(p, m.start(), violations)) {
                return Optional.of(new int[] {m.start(), m.end()});
            }
        }
        return Optional.empty();
    }
}
