package org.recourse.linkage.internal;

/** Levenshtein edit distance (insert, delete, substitute), with an early exit past a bound. */
public final class Levenshtein {

    private Levenshtein() {
    }

    /** The distance, or {@code bound + 1} once it is certain to exceed {@code bound}. */
    public static int distance(String a, String b, int bound) {
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > bound) {
            return bound + 1;
        }
        int[] prev = new int[lb + 1];
        int[] cur = new int[lb + 1];
        for (int j = 0; j <= lb; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= la; i++) {
            cur[0] = i;
            int rowMin = i;
            char ca = a.charAt(i - 1);
            for (int j = 1; j <= lb; j++) {
                int cost = ca == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin > bound) {
                return bound + 1;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return Math.min(prev[lb], bound + 1);
    }
}
