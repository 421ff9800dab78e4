package org.recourse.extraction.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A working day of twelve hours or more, told as the daily rule ({@code 하루 17시간씩 근무},
 * {@code 매일 열다섯 시간 넘게 일했다}, {@code 하루 14시간 이상의 노동}), is forced labour: the
 * coders' convention for overseas and mobilised workers (DOMAIN.md, forced labour "under
 * threat or without pay"; the sets' golds code such days so). Korean only; each {@code 시간}
 * is read once, a few characters either side, so the rule stays linear.
 */
final class KoreanWorkHours {

    private static final String HOURS = "시간";
    private static final int LONG_DAY = 12;
    /** How far (characters) before the number the daily marker may stand. */
    private static final int DAILY_BEFORE = 6;
    /** How far (characters) after {@code 시간} the work word may stand. */
    private static final int WORK_AFTER = 16;
    private static final String[] DAILY = {"하루", "매일", "날마다", "일일", "하루에", "매일같이"};
    private static final String[] WORK = {"일하", "일했", "일을", "일해", "근무", "노동", "작업", "일과"};
    private static final Map<String, Integer> NUMERALS = Map.ofEntries(Map.entry("열두", 12), Map.entry("열세", 13),
            Map.entry("열네", 14), Map.entry("열다섯", 15), Map.entry("열여섯", 16), Map.entry("열일곱", 17),
            Map.entry("열여덟", 18), Map.entry("열아홉", 19), Map.entry("스무", 20), Map.entry("스물", 20));

    private KoreanWorkHours() {
    }

    static List<TermMatch> longDays(Passage p) {
        List<TermMatch> out = new ArrayList<>();
        String t = p.text;
        for (int k = t.indexOf(HOURS); k >= 0; k = t.indexOf(HOURS, k + HOURS.length())) {
            int number = numberStart(t, k);
            if (number < 0) {
                continue;
            }
            int sentence = p.sentenceStart(k);
            String before = t.substring(Math.max(sentence, number - DAILY_BEFORE), number);
            String after = t.substring(k + HOURS.length(), Math.min(p.sentenceEnd(k), k + HOURS.length() + WORK_AFTER));
            if (Assertion.containsAny(before, DAILY) && Assertion.containsAny(after, WORK)) {
                out.add(new TermMatch("violation", Coercion.FORCED_LABOUR, number, k + HOURS.length()));
            }
        }
        return out;
    }

    /** Where the count of hours of twelve or more before {@code at} starts ({@code 17∼18}, {@code 열다섯 }), or -1. */
    private static int numberStart(String t, int at) {
        int end = at > 0 && t.charAt(at - 1) == ' ' ? at - 1 : at;
        int i = end;
        while (i > 0 && (Character.isDigit(t.charAt(i - 1)) || "~∼-–".indexOf(t.charAt(i - 1)) >= 0) && end - i < 8) {
            i--;
        }
        if (i < end) {
            String digits = t.substring(i, end).replaceAll("^[^0-9]+", "").split("[^0-9]")[0];
            return !digits.isEmpty() && digits.length() <= 2 && Integer.parseInt(digits) >= LONG_DAY ? i : -1;
        }
        for (Map.Entry<String, Integer> e : NUMERALS.entrySet()) {
            if (t.startsWith(e.getKey(), end - e.getKey().length()) && end - e.getKey().length() >= 0) {
                return end - e.getKey().length();
            }
        }
        return -1;
    }
}
