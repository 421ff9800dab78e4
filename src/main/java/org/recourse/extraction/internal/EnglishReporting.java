package org.recourse.extraction.internal;

import java.util.Set;

/**
 * Published reports name a witness before what they recount ("the former soldier said the
 * prisoners were beaten"): a person separated from the act by a reporting verb is its speaker,
 * not its agent. "told X to" gives an order, so it is not a report.
 */
final class EnglishReporting {

    private static final Set<String> VERBS = Set.of("said", "says", "say", "told", "tells", "recalled", "recalls",
            "testified", "described", "describes", "claimed", "claims", "explained", "added", "witnessed");
    private static final int ORDER_WINDOW = 4;
    /** "the former soldier said", "the guards, she recalled,": the verb follows the person closely. */
    private static final int SPEAKER_WINDOW = 3;

    private EnglishReporting() {
    }

    static boolean isVerb(String word) {
        return VERBS.contains(word);
    }

    /** Whether a reporting verb follows a person's name closely, before the act. */
    static boolean between(Passage p, int personEnd, int actStart) {
        int first = p.tokenAt(personEnd);
        int act = p.tokenAt(actStart);
        for (int i = first; i < Math.min(act, first + SPEAKER_WINDOW); i++) {
            if (VERBS.contains(p.word(i)) && !isOrder(p, i, act)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isOrder(Passage p, int verb, int act) {
        if (!p.word(verb).equals("told") && !p.word(verb).equals("tells")) {
            return false;
        }
        for (int i = verb + 1; i < Math.min(act, verb + ORDER_WINDOW + 1); i++) {
            if (p.word(i).equals("to")) {
                return true;
            }
        }
        return false;
    }
}
