package org.recourse.linkage.internal;

/**
 * Jaro-Winkler similarity (Winkler 1990, "String comparator metrics and enhanced decision
 * rules in the Fellegi-Sunter model"), prefix scale 0.1 over at most four characters.
 */
public final class JaroWinkler {

    private JaroWinkler() {
    }

    public static double similarity(String a, String b) {
        if (a.equals(b)) {
            return 1.0;
        }
        double jaro = jaro(a, b);
        int prefix = 0;
        int max = Math.min(4, Math.min(a.length(), b.length()));
        while (prefix < max && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        return jaro + prefix * 0.1 * (1.0 - jaro);
    }

    /**
     * At least {@link #similarity}, knowing only that the strings share at most
     * {@code common} characters: Jaro grows with the matching characters and falls with
     * transpositions, so it is largest with all {@code common} matching and none transposed.
     */
    public static double upperBound(String a, String b, int common) {
        int la = a.length();
        int lb = b.length();
        if (la == 0 || lb == 0 || a.equals(b)) {
            return similarity(a, b);
        }
        if (common == 0) {
            return 0.0;
        }
        double jaro = (common / (double) la + common / (double) lb + 1.0) / 3.0;
        int prefix = 0;
        int max = Math.min(4, Math.min(la, lb));
        while (prefix < max && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        return jaro + prefix * 0.1 * (1.0 - jaro) + 1e-9;
    }

    static double jaro(String a, String b) {
        int la = a.length();
        int lb = b.length();
        if (la == 0 || lb == 0) {
            return 0.0;
        }
        int window = Math.max(0, Math.max(la, lb) / 2 - 1);
        if (la <= 64 && lb <= 64) {
            return jaroShort(a, b, window);
        }
        boolean[] matchedB = new boolean[lb];
        char[] common = new char[Math.min(la, lb)];
        int m = 0;
        for (int i = 0; i < la; i++) {
            char c = a.charAt(i);
            int end = Math.min(lb, i + window + 1);
            for (int j = Math.max(0, i - window); j < end; j++) {
                if (!matchedB[j] && b.charAt(j) == c) {
                    matchedB[j] = true;
                    common[m++] = c;
                    break;
                }
            }
        }
        if (m == 0) {
            return 0.0;
        }
        int k = 0;
        int halfTranspositions = 0;
        for (int j = 0; j < lb; j++) {
            if (matchedB[j]) {
                if (b.charAt(j) != common[k]) {
                    halfTranspositions++;
                }
                k++;
            }
        }
        double t = halfTranspositions / 2.0;
        return (m / (double) la + m / (double) lb + (m - t) / m) / 3.0;
    }

    /**
     * The same for strings of at most 64 characters (every name), with the matched positions
     * kept as bits of two longs instead of arrays: nothing is allocated on the hot path.
     */
    private static double jaroShort(String a, String b, int window) {
        int la = a.length();
        int lb = b.length();
        long matchedA = 0;
        long matchedB = 0;
        int m = 0;
        for (int i = 0; i < la; i++) {
            char c = a.charAt(i);
            int end = Math.min(lb, i + window + 1);
            for (int j = Math.max(0, i - window); j < end; j++) {
                if ((matchedB & (1L << j)) == 0 && b.charAt(j) == c) {
                    matchedB |= 1L << j;
                    matchedA |= 1L << i;
                    m++;
                    break;
                }
            }
        }
        if (m == 0) {
            return 0.0;
        }
        int halfTranspositions = 0;
        while (matchedA != 0) {
            if (a.charAt(Long.numberOfTrailingZeros(matchedA)) != b.charAt(Long.numberOfTrailingZeros(matchedB))) {
                halfTranspositions++;
            }
            matchedA &= matchedA - 1;
            matchedB &= matchedB - 1;
        }
        double t = halfTranspositions / 2.0;
        return (m / (double) la + m / (double) lb + (m - t) / m) / 3.0;
    }
}
