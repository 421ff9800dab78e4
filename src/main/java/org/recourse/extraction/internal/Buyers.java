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

    /** {@code 남성에게 팔려}: the eojeol right before the sale, marked as recipient. */
    private static int[] korean(Passage p, TermMatch sale) {
        int j = sale.start();
        if (j > 0 && !Character.isWhitespace(p.text.charAt(j - 1))) {
            return null;
        }
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
