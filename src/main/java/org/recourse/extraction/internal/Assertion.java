package org.recourse.extraction.internal;

import java.util.Set;

/**
 * Whether the passage asserts a match or denies, fears or imagines it. Cue lists after NegEx
 * (Chapman et al. 2001, "A simple algorithm for identifying negated findings"): a cue negates
 * what follows it within a few words of the same clause; hedges (fear, conditionals,
 * threats) cover the rest of their clause. Korean puts negation and hedging after the verb
 * ({@code 강간당하지 않았다}, {@code 맞을까 봐}), so Korean looks right of the match instead.
 */
final class Assertion {

    private static final Set<String> NEGATIONS = Set.of("not", "never", "no", "nobody", "none", "neither", "nor",
            "without", "cannot", "nothing");
    /** "were not only executed": "not only", "not just" add to what they precede. */
    private static final Set<String> ADDITIVE = Set.of("only", "just", "merely", "simply");
    private static final Set<String> HEDGES = Set.of("if", "unless", "feared", "fear", "fears", "fearing", "fearful", "afraid", "worried",
            "might", "whether", "imagine", "imagined", "lest", "dread", "dreaded", "dreading", "terrified", "scared",
            "worry", "worries", "risk", "risks", "risking", "vulnerable", "likely", "unlikely",
            "possible", "possibly", "potential", "potentially");
    /** "charged with trafficking": the charge, within three words before, is no finding. */
    private static final Set<String> CHARGES = Set.of("charged", "convicted", "accused");
    /** "almost beaten to death": the death did not happen. */
    private static final Set<String> ALMOST = Set.of("almost", "nearly");
    private static final Set<String> CLAUSE_BREAKS = Set.of("but", "however", "although", "though", "whereas", "yet",
            "because");
    private static final int NEGATION_WINDOW = 6;
    /* "punched for using the restroom without permission at a detention center": "without" negates its own noun. */

    private static final String[] KO_NEGATIONS = {"지 않", "지는 않", "지도 않", "지 못", "지는 못", "지도 못",
        "적이 없", "적은 없", "은 없", "는 없", "일은 없", "않았", "않았다"};
    private static final String[] KO_LITOTES = {"끊이지 않", "그치지 않", "멈추지 않", "드물지 않", "적지 않",
        "흔치 않게", "끊임없"};
    private static final String[] KO_HEDGES = {"까 봐", "까봐", "두려", "무서", "다면", "라면", "을 거", "을 것", "을지",
        "될 것을", "될 것이", "게 될 것", "우려해", "우려하", "우려한",
        "때에만", "에 가면", "에 오면", "겠다", "할 것이", "할 것”", "할 것\"", "할 거", "할 위험", "할 우려", "할 수 있", "할 가능성", "될 위험", "될 우려", "될 수 있", "될 가능성"};
    /**
     * A place that only situates another ({@code 중국 국경과 접한 혜산}) or is closed
     * ({@code 국경 봉쇄}): nobody is there.
     */
    private static final String[] KO_PLACE_DESCRIPTORS = {"접한", "인접", "봉쇄"};
    private static final String[] KO_HEDGES_BEFORE = {"만약", "만일", "혹시"};

    private Assertion() {
    }

    static boolean asserted(Passage p, TermMatch m) {
        return p.isKorean(m) ? koreanAsserted(p, m) : englishAsserted(p, m);
    }

    private static boolean englishAsserted(Passage p, TermMatch m) {
        int first = p.tokenAt(m.start());
        int sentence = p.sentenceStart(m.start());
        for (int i = first - 1, seen = 0; i >= 0 && p.tokens.get(i).start() >= sentence; i--, seen++) {
            Token t = p.tokens.get(i);
            if (CLAUSE_BREAKS.contains(t.word()) || breaksClause(p.text, t.end(), p.tokens.get(i + 1).start())) {
                return true;
            }
            if (seen < NEGATION_WINDOW && NEGATIONS.contains(t.word()) && !(t.word().equals("without") && seen >= 2)
                    && !(t.word().equals("not") && ADDITIVE.contains(p.word(i + 1)))) {
                return false;
            }
            if (HEDGES.contains(t.word()) || isModalPerfect(p, i) || isThreatTo(p, i)) {
                return false;
            }
            if (seen < 3 && CHARGES.contains(t.word())) {
                return false;
            }
            if (seen < NEGATION_WINDOW && t.word().equals("free") && (p.word(i + 1).equals("of") || p.word(i + 1).equals("from"))) {
                return false;
            }
            if (seen < 2 && ALMOST.contains(t.word()) && (m.code().equals("killing") || m.code().equals("death_in_custody"))) {
                return false;
            }
        }
        return true;
    }

    private static boolean breaksClause(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c == ',' || c == ';' || c == ':') {
                return true;
            }
        }
        return false;
    }

    /** "would have", "could have": what did not happen. */
    private static boolean isModalPerfect(Passage p, int i) {
        String w = p.word(i);
        return (w.equals("would") || w.equals("could")) && p.word(i + 1).equals("have");
    }

    private static boolean isThreatTo(Passage p, int i) {
        return p.tokens.get(i).stem().startsWith("threat") && p.word(i + 1).equals("to");
    }

    private static boolean koreanAsserted(Passage p, TermMatch m) {
        if (m.start() > 0 && insideAnotherWord(p.text, m.start())) {
            return false;
        }
        String after = withoutLitotes(koreanRight(p, m.end()));
        if (containsAny(after, KO_NEGATIONS) || containsAny(after, KO_HEDGES) || negatedBefore(p, m.start())
                || conditionalEnding(p.text, m.end())) {
            return false;
        }
        if (m.scheme().equals("location") && containsAny(after, KO_PLACE_DESCRIPTORS)) {
            return false;
        }
        int s = p.sentenceStart(m.start());
        return !containsAny(p.text.substring(s, m.start()), KO_HEDGES_BEFORE);
    }

    /** The longest ending read after a match (a word, not a run of Hangul with no space in it). */
    private static final int ENDING_MAX = 8;

    /** {@code 북송되면}, {@code 체포되면}: the match's own word ends in the conditional {@code -면} ("if"). */
    private static boolean conditionalEnding(String text, int end) {
        int i = end;
        while (i < text.length() && i - end < ENDING_MAX && Hangul.is(text.charAt(i))) {
            i++;
        }
        boolean wordEnds = i == text.length() || !Hangul.is(text.charAt(i));
        return i > end && wordEnds && text.charAt(i - 1) == '면';
    }

    /**
     * {@code 불구속} ("not detained"), {@code 범죄수사과} ("crime investigation section"),
     * {@code 목욕을 했다} ("bathed", not {@code 욕을 했다}, "swore at"): a
     * match whose first syllable ends a longer word that means something else.
     */
    private static boolean insideAnotherWord(String text, int start) {
        char before = text.charAt(start - 1);
        return before == '불' && text.startsWith("구속", start) || before == '범' && text.startsWith("죄수", start)
                || before == '목' && text.startsWith("욕", start)
                || Hangul.is(before) && text.startsWith("상해", start);
    }

    /** {@code 여성가족부}: a person word inside the name of a ministry ({@code 부}) is nobody. */
    static boolean insideAMinistry(Passage p, TermMatch m) {
        return p.isKorean(m) && p.text.startsWith("가족부", m.end() - 2) && m.end() - m.start() == 2;
    }

    /**
     * {@code 고문이 끊이지 않고}, {@code 드물지 않다}: a negated "stop" or "rare" asserts; and
     * {@code 열악하기 때문이라면서}, {@code 맞았다면서}: the quotative "saying that" is no
     * conditional {@code -라면/-다면}.
     */
    private static String withoutLitotes(String right) {
        String out = right.replace("라면서", "").replace("다면서", "");
        for (String l : KO_LITOTES) {
            out = out.replace(l, "");
        }
        return out;
    }

    /** The rest of the match's eojeol and the two that follow, cut at the clause end. */
    static String koreanRight(Passage p, int from) {
        int end = Math.min(p.sentenceEnd(from), from + 40);
        int spaces = 0;
        int i = from;
        for (; i < end; i++) {
            char c = p.text.charAt(i);
            if (c == ',' || c == ';') {
                break;
            }
            if (Character.isWhitespace(c) && ++spaces > 2) {
                break;
            }
            if (Character.isWhitespace(c) && endsClause(p.text, i)) {
                break;
            }
        }
        return p.text.substring(from, i);
    }

    private static boolean endsClause(String text, int space) {
        return space >= 2 && (text.startsWith("지만", space - 2) || text.startsWith("는데", space - 2)
                || text.startsWith("으나", space - 2) || text.startsWith("했으나", space - 3)
                || text.startsWith("면서", space - 2));
    }

    /** {@code 안 때렸다}, {@code 못 했다}: the short negation before the verb. */
    private static boolean negatedBefore(Passage p, int start) {
        boolean cue = start >= 2 && (p.text.startsWith("안 ", start - 2) || p.text.startsWith("못 ", start - 2));
        return cue && (start == 2 || Character.isWhitespace(p.text.charAt(start - 3)));
    }

    static boolean containsAny(String s, String[] cues) {
        for (String c : cues) {
            if (s.contains(c)) {
                return true;
            }
        }
        return false;
    }
}
