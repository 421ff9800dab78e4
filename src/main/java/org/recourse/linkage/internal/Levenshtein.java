package org.recourse.linkage.internal;

/** Levenshtein edit distance (insert, delete, substitute), with an early exit past a bound. */
public final class Levenshtein {

    private Levenshtein() {
    }

    /**
     * The distance, or {@code bound + 1} once it is certain to exceed {@code bound}. A shared
     * prefix and suffix cost nothing and are skipped, and only the cells within {@code bound}
     * of the diagonal are computed (Ukkonen 1985): any path leaving that band costs more.
     */
    public static int distance(String a, String b, int bound) {
        int la = a.length();
        int lb = b.length();
        int over = bound + 1;
        if (Math.abs(la - lb) > bound) {
            return over;
        }
        // Each loop has one limit: with two (one per string) the JIT hoisted a range check that
        // the rarer exit then failed, a deoptimisation and recompilation several times per run.
        int shorter = Math.min(la, lb);
        int start = 0;
        while (start < shorter && a.charAt(start) == b.charAt(start)) {
            start++;
        }
        int suffix = 0;
        int most = shorter - start;
        while (suffix < most && a.charAt(la - 1 - suffix) == b.charAt(lb - 1 - suffix)) {
            suffix++;
        }
        int n = la - suffix - start;
        int m = lb - suffix - start;
        if (n == 0 || m == 0) {
            return Math.min(Math.max(n, m), over);
        }
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            prev[j] = Math.min(j, over);
        }
        for (int i = 1; i <= n; i++) {
            int lo = Math.max(1, i - bound);
            int hi = Math.min(m, i + bound);
            cur[lo - 1] = lo == 1 ? Math.min(i, over) : over;
            int rowMin = cur[lo - 1];
            char ca = a.charAt(start + i - 1);
            for (int j = lo; j <= hi; j++) {
                int cost = ca == b.charAt(start + j - 1) ? 0 : 1;
                int v = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                cur[j] = Math.min(v, over);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (hi < m) {
                cur[hi + 1] = over;
            }
            if (rowMin > bound) {
                return over;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[m];
    }

    /** Whether the distance may be within {@code bound}, judged from {@link CharBag}s alone (false means certainly not). */
    static boolean mayBeWithin(String a, String b, long bagA, long bagB, int bound) {
        int longer = Math.max(a.length(), b.length());
        return longer - CharBag.commonAtMost(bagA, bagB, Math.min(a.length(), b.length())) <= bound;
    }
}
