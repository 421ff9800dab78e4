package org.recourse.indexing.internal;

import java.util.ArrayList;
import java.util.List;

/** Cuts a transcript into paragraph spans: at blank lines, and long paragraphs at a sentence end or space. */
final class Paragraphs {

    private Paragraphs() {
    }

    static List<int[]> of(String text, int max) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int blank = nextBlankLine(text, start);
            int end = Math.min(blank, start + max);
            if (end < blank) {
                end = cut(text, start, end);
            }
            if (!text.substring(start, end).isBlank()) {
                out.add(new int[] {start, end});
            }
            start = end;
        }
        return out;
    }

    private static int nextBlankLine(String text, int from) {
        int i = text.indexOf("\n\n", from);
        int j = text.indexOf("\r\n\r\n", from);
        int at = i < 0 ? j : (j < 0 ? i : Math.min(i, j));
        return at < 0 ? text.length() : at + (at == j ? 4 : 2);
    }

    private static int cut(String text, int start, int end) {
        int half = start + (end - start) / 2;
        for (int i = end - 1; i > half; i--) {
            char c = text.charAt(i);
            if (c == '.' || c == '?' || c == '!' || c == '。') {
                return i + 1;
            }
        }
        int space = text.lastIndexOf(' ', end - 1);
        return space > start ? space + 1 : end;
    }
}
