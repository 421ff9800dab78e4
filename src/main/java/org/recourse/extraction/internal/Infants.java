package org.recourse.extraction.internal;

import java.util.Set;

/**
 * A killing whose victim is a newborn is infanticide, however it is told ("the guards took the
 * newborn away and killed it", {@code 신생아를 데려가 죽였다}): a killing in a sentence that names
 * a baby.
 */
final class Infants {

    static final String KILLING = "killing";
    static final String INFANTICIDE = "infanticide";
    private static final Set<String> WORDS = Set.of("baby", "babies", "newborn", "newborns", "infant", "infants");
    private static final String[] KO_WORDS = {"아기", "신생아", "갓난", "영아"};

    private Infants() {
    }

    static boolean inSentence(Passage p, TermMatch killing) {
        int s = p.sentenceStart(killing.start());
        int e = p.sentenceEnd(killing.start());
        if (p.isKorean(killing)) {
            return Assertion.containsAny(p.text.substring(s, e), KO_WORDS);
        }
        for (int i = p.tokenAt(s); i < p.tokens.size() && p.tokens.get(i).start() < e; i++) {
            if (WORDS.contains(p.word(i))) {
                return true;
            }
        }
        return false;
    }
}
