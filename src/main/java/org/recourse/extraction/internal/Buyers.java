package org.recourse.extraction.internal;

import java.util.Set;

/**
 * The one a woman is sold to is the buyer, even when named only as a man: "sold to an older
 * Chinese farmer", {@code 중국 남성에게 팔려갔다}. Applies to an asserted trafficking match.
 */
final class Buyers {

    static final String CODE = "buyer";
    private static final Set<String> PEOPLE = Set.of("man", "men", "farmer", "farmers", "bachelor", "bachelors",
            "husband", "family", "families", "widower", "buyer", "buyers", "villager", "household");
    /** "sold to an older and poor Chinese widower": the noun may stand six words after "to". */
    private static final int NOUN_WINDOW = 7;
    private static final int TO_WINDOW = 16;
    private static final Set<String> CLAUSE_BREAKS = Set.of("and", "but", "who", "which", "that", "then", "while",
            "because", "after", "before", "when");
    private static final String[] KO_RECIPIENT = {"에게", "한테"};
    private static final Set<String> KO_NOT_PEOPLE = Set.of("누구", "누군가", "어디");
    /** The men a woman is sold or married to ({@code 중국인 남성}, {@code 농촌 총각}, {@code 한족}). */
    private static final String[] KO_MEN = {"남성", "남자", "남편", "총각", "홀아비", "한족", "중국인"};
    private static final String[] KO_MARRIED = {"결혼", "혼인", "시집"};
    private static final String[] KO_WITH = {"과", "와", "에게", "한테"};
    /** How far (characters) before the sale its recipient may stand ({@code 총각(55)에게 2천 달러에 팔렸다}). */
    private static final int KO_RECIPIENT_WINDOW = 48;
    /** How far (characters) after the man and his particle the marriage word may stand. */
    private static final int KO_MARRIED_WINDOW = 10;
    private static final String KO_HUSBAND = "남편";

    private Buyers() {
    }

    /** The span [start, end) of the buyer named as the recipient of a sale, or null. */
    static int[] recipient(Passage p, TermMatch sale) {
        return p.isKorean(sale) ? korean(p, sale) : english(p, sale);
    }

    /**
     * "sold to a farmer", and with words between the sale and its "to": "sold her as a slave
     * to", "sold either to", "sold for 5,000 yuan (about $600) to". The "to" is looked for within
     * a few words of the same sentence, not past another clause ("and", "but", "who").
     */
    private static int[] english(Passage p, TermMatch sale) {
        int last = p.tokenAt(sale.end()) - 1;
        int sentenceEnd = p.sentenceEnd(sale.start());
        int i = -1;
        for (int k = last; k < Math.min(p.tokens.size(), last + TO_WINDOW + 1) && p.tokens.get(k).start() < sentenceEnd; k++) {
            String w = p.word(k);
            if (w.equals("to")) {
                i = k + 1;
                break;
            }
            if (k > last && CLAUSE_BREAKS.contains(w)) {
                break;
            }
        }
        if (i < 0) {
            return null;
        }
        for (int k = i; k < Math.min(p.tokens.size(), i + NOUN_WINDOW) && p.tokens.get(k).start() < sentenceEnd; k++) {
            if (PEOPLE.contains(p.word(k))) {
                return new int[] {p.tokens.get(k).start(), p.tokens.get(k).end()};
            }
        }
        return null;
    }

    /**
     * {@code 남성에게 팔려}: the eojeol right before the sale, marked as recipient; or a man
     * marked so a few words before it ({@code 중국인 총각(55)에게 2천 달러에 팔렸다}, {@code 남성들에게
     * 5만 위안을 받고 팔아넘겼다}).
     */
    private static int[] korean(Passage p, TermMatch sale) {
        int j = sale.start();
        if (j > 0 && !Character.isWhitespace(p.text.charAt(j - 1))) {
            return null;
        }
        int[] right = rightBefore(p, j);
        return right != null ? right : manMarkedBefore(p, sale.start());
    }

    private static int[] manMarkedBefore(Passage p, int sale) {
        int from = Math.max(p.sentenceStart(sale), sale - KO_RECIPIENT_WINDOW);
        String before = p.text.substring(from, sale);
        int at = Math.max(before.lastIndexOf("에게"), before.lastIndexOf("한테"));
        if (at <= 0) {
            return null;
        }
        String noun = before.substring(0, at).replaceAll("\\([^()]{0,12}\\)$", "").replaceAll("들$", "");
        for (String man : KO_MEN) {
            if (noun.endsWith(man)) {
                return new int[] {from + noun.length() - man.length(), from + noun.length()};
            }
        }
        return null;
    }

    /**
     * The man a sold woman married or calls her husband ({@code 한족 남성과 강제로 결혼한}, {@code
     * 남편에게 시집갔던}, {@code 남편의 구타}): in a Korean passage that tells of a sale, he is the
     * buyer. Returns [start, end, married, husband] (1 for true) or null; reads each man noun
     * once.
     */
    static int[] koreanHusband(Passage p) {
        int[] best = null;
        for (String man : KO_MEN) {
            for (int k = p.text.indexOf(man); k >= 0; k = p.text.indexOf(man, k + man.length())) {
                boolean married = marriedAfter(p, k + man.length());
                boolean husband = man.equals(KO_HUSBAND);
                if ((married || husband) && (best == null || married && best[2] == 0 || best[2] == (married ? 1 : 0) && k < best[0])) {
                    best = new int[] {k, k + man.length(), married ? 1 : 0, husband ? 1 : 0};
                }
                if (married) {
                    break;
                }
            }
        }
        return best;
    }

    /** {@code 과 결혼}, {@code 에게 ‘시집’갔다}, {@code 들과 강제로 혼인}: a marriage word right after the man. */
    private static boolean marriedAfter(Passage p, int end) {
        int i = p.text.startsWith("들", end) ? end + 1 : end;
        for (String with : KO_WITH) {
            if (p.text.startsWith(with, i)) {
                int to = Math.min(p.sentenceEnd(end - 1), i + with.length() + KO_MARRIED_WINDOW);
                return Assertion.containsAny(p.text.substring(i + with.length(), Math.max(i + with.length(), to)), KO_MARRIED);
            }
        }
        return false;
    }

    private static int[] rightBefore(Passage p, int j) {
        while (j > 0 && Character.isWhitespace(p.text.charAt(j - 1))) {
            j--;
        }
        int i = j;
        while (i > 0 && !Character.isWhitespace(p.text.charAt(i - 1)) && ",.;:!?()".indexOf(p.text.charAt(i - 1)) < 0) {
            i--;
        }
        String eojeol = p.text.substring(i, j);
        for (String particle : KO_RECIPIENT) {
            if (eojeol.endsWith(particle) && eojeol.length() > particle.length()
                    && !KO_NOT_PEOPLE.contains(eojeol.substring(0, eojeol.length() - particle.length()))) {
                return new int[] {i, j - particle.length()};
            }
        }
        return null;
    }
}
