package org.recourse.extraction.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Work of ten hours a day or more is forced labour (the coders' convention: overseas sewing
 * and seafood workers on 12-18 hour days, "worked twelve hours a day", "16-hour shifts"): a
 * number from ten to twenty-three before "hours a day" or "hour shifts", in a sentence that
 * speaks of work. Round the clock ("24 hours a day") is a watch or a cell, not a working day.
 * English only; each match looks a fixed number of words around it.
 */
final class EnglishWorkHours {

    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19),
            Map.entry("twenty", 20));
    private static final Set<String> PER = Set.of("a", "per", "each", "every");
    private static final Set<String> SPANS = Set.of("shift", "shifts", "day", "days", "workday", "workdays");
    private static final Set<String> WORK = Set.of("work", "works", "worked", "working", "workers", "worker", "labor",
            "labour", "laborers", "labourers", "labored", "laboured", "toil", "toiled", "toiling", "shift", "shifts",
            "workday", "workdays");
    /** Words looked back from "hours" for the number ("more than 12 hours", "16-18 hours"). */
    private static final int NUMBER_WINDOW = 3;
    /** Words looked at on either side for the work. */
    private static final int WORK_WINDOW = 12;
    private static final int MIN_HOURS = 10;
    private static final int MAX_HOURS = 23;

    private EnglishWorkHours() {
    }

    static List<TermMatch> longDays(Passage p) {
        List<TermMatch> out = new ArrayList<>(1);
        for (int i = 1; i < p.tokens.size(); i++) {
            String w = p.word(i);
            boolean perDay = w.equals("hours") && PER.contains(p.word(i + 1)) && p.word(i + 2).equals("day");
            boolean hourShifts = w.equals("hour") && SPANS.contains(p.word(i + 1));
            if ((perDay || hourShifts) && longNumberBefore(p, i) && workAround(p, i)) {
                int end = p.tokens.get(perDay ? i + 2 : i + 1).end();
                out.add(new TermMatch("violation", Coercion.FORCED_LABOUR, p.tokens.get(i - 1).start(), end));
                return out;
            }
        }
        return out;
    }

    private static boolean longNumberBefore(Passage p, int hours) {
        for (int j = hours - 1; j >= Math.max(0, hours - NUMBER_WINDOW); j--) {
            int n = number(p.word(j));
            if (n >= MIN_HOURS && n <= MAX_HOURS) {
                return true;
            }
            if (n > MAX_HOURS) {
                return false;
            }
        }
        return false;
    }

    private static int number(String w) {
        Integer named = NUMBER_WORDS.get(w);
        if (named != null) {
            return named;
        }
        if (w.isEmpty() || w.length() > 2 || !w.chars().allMatch(Character::isDigit)) {
            return -1;
        }
        return Integer.parseInt(w);
    }

    private static boolean workAround(Passage p, int hours) {
        int sentence = p.sentenceStart(p.tokens.get(hours).start());
        int sentenceEnd = p.sentenceEnd(p.tokens.get(hours).start());
        for (int j = Math.max(0, hours - WORK_WINDOW); j < Math.min(p.tokens.size(), hours + WORK_WINDOW); j++) {
            int at = p.tokens.get(j).start();
            if (at >= sentence && at < sentenceEnd && WORK.contains(p.word(j))) {
                return true;
            }
        }
        return false;
    }
}
