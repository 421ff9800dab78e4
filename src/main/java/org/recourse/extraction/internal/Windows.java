package org.recourse.extraction.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a pattern only near its anchors (digits, a keyword) instead of at every position: Java
 * regexes that open with word boundaries and alternations cost microseconds per character,
 * which alone would miss the 1 MB/s target. Windows are merged so no match is seen twice.
 */
final class Windows {

    private final List<int[]> ranges;

    private Windows(List<int[]> ranges) {
        this.ranges = ranges;
    }

    /** Windows around every run of ASCII digits. */
    static Windows aroundDigits(String text, int before, int after) {
        List<Integer> anchors = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9' && (i == 0 || !Character.isDigit(text.charAt(i - 1)))) {
                anchors.add(i);
            }
        }
        return of(anchors, text.length(), before, after);
    }

    /** Windows around every occurrence of any keyword (ASCII keywords case-insensitively). */
    static Windows aroundWords(String text, String lowered, int before, int after, String... words) {
        List<Integer> anchors = new ArrayList<>();
        for (String w : words) {
            String haystack = Hangul.any(w) ? text : lowered;
            for (int i = haystack.indexOf(w); i >= 0; i = haystack.indexOf(w, i + 1)) {
                anchors.add(i);
            }
        }
        anchors.sort(null);
        return of(anchors, text.length(), before, after);
    }

    static String lower(String text) {
        String lowered = text.toLowerCase(Locale.ROOT);
        return lowered.length() == text.length() ? lowered : text;
    }

    private static Windows of(List<Integer> anchors, int length, int before, int after) {
        List<int[]> ranges = new ArrayList<>();
        for (int a : anchors) {
            int s = Math.max(0, a - before);
            int e = Math.min(length, a + after);
            if (!ranges.isEmpty() && s <= ranges.get(ranges.size() - 1)[1]) {
                ranges.get(ranges.size() - 1)[1] = Math.max(e, ranges.get(ranges.size() - 1)[1]);
            } else {
                ranges.add(new int[] {s, e});
            }
        }
        return new Windows(ranges);
    }

    boolean isEmpty() {
        return ranges.isEmpty();
    }

    void find(Pattern pattern, String text, Consumer<Matcher> each) {
        Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        for (int[] r : ranges) {
            m.region(r[0], r[1]);
            while (m.find()) {
                each.accept(m);
            }
        }
    }
}
