package org.recourse.linkage.internal;

/**
 * Names: exact, equal after Korean romanisation tolerance ({@link KoreanRomanisation}),
 * Jaro-Winkler at 0.92 and at 0.80 or within two edits (the thresholds Splink uses by
 * default for names), the words of one within the other ("katsu" and "restaurant katsu",
 * "the palm" and "palm, the (los angeles)"), else disagreement.
 */
public final class NameComparison extends Comparison {

    private static final String[] LABELS = {"missing", "exact", "same romanised", "jaro-winkler>=0.92",
        "jaro-winkler>=0.80 or 1-2 edits", "words of one within the other", "different"};
    private final String[] keys;

    public NameComparison(String field, String[] values) {
        super(field, values, LABELS);
        keys = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            keys[i] = values[i] == null ? null : KoreanRomanisation.key(values[i]);
        }
    }

    @Override
    protected int compare(int i, int j, String a, String b) {
        if (a.equals(b)) {
            return 1;
        }
        String ka = keys[i];
        String kb = keys[j];
        if (!ka.isEmpty() && ka.equals(kb)) {
            return 2;
        }
        double jw = JaroWinkler.similarity(a, b);
        if (jw < 0.92 && !(ka.equals(a) && kb.equals(b))) {
            jw = Math.max(jw, JaroWinkler.similarity(ka, kb));
        }
        if (jw >= 0.92) {
            return 3;
        }
        int edits = tolerableEdits(Math.min(a.length(), b.length()));
        if (jw >= 0.80 || edits > 0 && Levenshtein.distance(a, b, edits) <= edits) {
            return 4;
        }
        return (a.indexOf(' ') >= 0 || b.indexOf(' ') >= 0) && contained(a, b) ? 5 : 6;
    }

    /**
     * Edits that still leave a name recognisable: two in a long name, one in a short one, none
     * in a two-letter one ("동민" and "동선" are two edits apart, and so is every pair of
     * two-syllable Hangul names).
     */
    static int tolerableEdits(int shorterLength) {
        return shorterLength >= 5 ? 2 : shorterLength >= 3 ? 1 : 0;
    }

    private static boolean contained(String a, String b) {
        java.util.Set<String> x = java.util.Set.of(distinct(a));
        java.util.Set<String> y = java.util.Set.of(distinct(b));
        java.util.Set<String> small = x.size() <= y.size() ? x : y;
        java.util.Set<String> large = small == x ? y : x;
        return !small.isEmpty() && large.containsAll(small);
    }

    private static String[] distinct(String s) {
        return java.util.Arrays.stream(Text.tokens(s)).distinct().toArray(String[]::new);
    }
}
