package org.recourse.extraction.internal;

import java.util.Set;

/**
 * People to whom someone or something is handed, or from whom something is obtained, are not
 * the agents of what the sentence tells: "handed the siblings over to the local police",
 * "her transfer to police custody", "papers got from the police". Reads at
 * most a few words before the person.
 */
final class EnglishRecipients {

    private static final Set<String> HANDOVERS = Set.of("over", "transfer", "transferred", "transferring", "handed",
            "turned", "returned", "delivered", "reported", "complained", "appealed");
    private static final Set<String> SOURCES = Set.of("obtained", "received", "collected", "gathered", "learned",
            "heard", "fled", "escaped", "hid", "hiding", "hide", "fleeing", "escaping");
    private static final Set<String> MODIFIERS = Set.of("the", "a", "an", "local", "chinese", "north", "korean",
            "provincial", "county", "city", "state", "border", "its", "their", "his", "her");
    private static final int MODIFIER_WINDOW = 3;

    private EnglishRecipients() {
    }

    /** Whether the English person starting at {@code start} follows "over to", "transfer to" or "obtained from". */
    static boolean receives(Passage p, int start) {
        int i = p.tokenAt(start) - 1;
        int skipped = 0;
        while (i >= 0 && skipped < MODIFIER_WINDOW && MODIFIERS.contains(p.word(i))) {
            i--;
            skipped++;
        }
        if (i < 1) {
            return false;
        }
        String w = p.word(i);
        return w.equals("to") && HANDOVERS.contains(p.word(i - 1)) || w.equals("from") && SOURCES.contains(p.word(i - 1));
    }
}
