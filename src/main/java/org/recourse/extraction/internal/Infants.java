package org.recourse.extraction.internal;

import java.util.ArrayList;
import java.util.List;
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
    private static final List<String> HARM_PREFIXES = List.of("suffocat", "smother", "drown", "strangl", "buried");
    private static final String[] KO_HARMS = {"엎어", "질식", "생매장", "울음소리가 끊", "물에 빠뜨"};
    private static final String[] KO_WORDS = {"아기", "신생아", "갓난", "영아"};

    private Infants() {
    }

    /**
     * Newborns killed without the word: smothered, laid face down, buried ({@code 엎어 놓았다},
     * {@code 울음소리가 끊어질 때까지}): a harm to a baby named in the same sentence.
     */
    static List<TermMatch> harms(Passage p) {
        List<TermMatch> out = new ArrayList<>();
        if (Assertion.containsAny(p.text, KO_WORDS)) {
            for (String cue : KO_HARMS) {
                for (int k = p.text.indexOf(cue); k >= 0; k = p.text.indexOf(cue, k + cue.length())) {
                    TermMatch m = new TermMatch("violation", INFANTICIDE, k, k + cue.length());
                    if (inSentence(p, m)) {
                        out.add(m);
                    }
                }
            }
        }
        for (int i = 0; i < p.tokens.size(); i++) {
            String w = p.word(i);
            boolean harm = HARM_PREFIXES.stream().anyMatch(w::startsWith)
                    || w.equals("face") && p.word(i + 1).equals("down");
            if (harm) {
                TermMatch m = new TermMatch("violation", INFANTICIDE, p.tokens.get(i).start(), p.tokens.get(i).end());
                if (inSentence(p, m)) {
                    out.add(m);
                }
            }
        }
        return out;
    }

    /** Killing near a baby is infanticide; killing "unborn babies" is not (that is told as forced abortion). */
    static boolean inSentence(Passage p, TermMatch killing) {
        int s = p.sentenceStart(killing.start());
        int e = p.sentenceEnd(killing.start());
        if (p.isKorean(killing)) {
            return Assertion.containsAny(p.text.substring(s, e), KO_WORDS);
        }
        for (int i = p.tokenAt(s); i < p.tokens.size() && p.tokens.get(i).start() < e; i++) {
            if (WORDS.contains(p.word(i)) && !p.word(i - 1).equals("unborn")) {
                return true;
            }
        }
        return false;
    }
}
