package org.recourse.extraction.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A relative who sells a girl or woman is her family and her trafficker (the coders'
 * convention: the mother who sold her daughter is {@code family_member} and {@code broker}):
 * "her mother ... sold her to a farmer", "his father sold his niece as a wife". The relative
 * is the subject, before an active "sold" in the same sentence, with no other person named
 * between; the one sold follows as a pronoun or a relative. English only; at most a fixed
 * number of words are read around each "sold".
 */
final class KinSellers {

    static final Set<String> KIN = Set.of("mother", "father", "parents", "stepmother", "stepfather", "aunt", "uncle",
            "grandmother", "grandfather", "stepparents", "relatives", "relative", "cousin");
    private static final Set<String> SOLD = Set.of("sold", "sells", "sell", "selling");
    private static final Set<String> PASSIVE = Set.of("was", "were", "been", "being", "be", "is", "are", "get", "got");
    private static final Set<String> OBJECTS = Set.of("her", "him", "them", "his", "their", "my", "our", "me", "us");
    private static final Set<String> SOLD_KIN = Set.of("daughter", "daughters", "sister", "sisters", "niece", "nieces",
            "son", "sons", "granddaughter", "child", "children", "girl", "girls", "cousin");
    /** Words looked back from "sold" for the relative. */
    private static final int SUBJECT_WINDOW = 20;

    private KinSellers() {
    }

    /** The spans of the relative and of the sale ("sold her"), if the passage tells one. */
    static Optional<int[]> find(Passage p, List<TermMatch> perpetrators) {
        for (int i = 1; i < p.tokens.size(); i++) {
            if (!SOLD.contains(p.word(i)) || PASSIVE.contains(p.word(i - 1)) || !soldAPerson(p, i)) {
                continue;
            }
            int sentence = p.sentenceStart(p.tokens.get(i).start());
            for (int j = i - 1; j >= Math.max(0, i - SUBJECT_WINDOW) && p.tokens.get(j).start() >= sentence; j--) {
                String w = p.word(j);
                if (w.equals("by")) {
                    break;
                }
                if (KIN.contains(w)) {
                    if (Roles.overlapsAny(perpetrators, p.tokens.get(j).end(), p.tokens.get(i).start())) {
                        break;
                    }
                    return Optional.of(new int[] {p.tokens.get(j).start(), p.tokens.get(j).end(), p.tokens.get(i).start(),
                        p.tokens.get(i + 1).end()});
                }
            }
        }
        return Optional.empty();
    }

    private static boolean soldAPerson(Passage p, int sold) {
        String next = p.word(sold + 1);
        return OBJECTS.contains(next) && (!Set.of("his", "their", "my", "our").contains(next)
                || SOLD_KIN.contains(p.word(sold + 2))) || SOLD_KIN.contains(next);
    }
}
