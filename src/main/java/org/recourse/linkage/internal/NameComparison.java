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
    /**
     * Each record's distinct words, sorted, made on first use: the containment level is tried
     * on most random pairs (u estimation), and splitting both names there every time was most
     * of the linkage time. Filled racily but idempotently, so parallel scoring may compute a
     * slot twice but never sees a wrong one.
     */
    private final String[][] words;

    public NameComparison(String field, String[] values) {
        super(field, values, LABELS);
        keys = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            keys[i] = values[i] == null ? null : KoreanRomanisation.key(values[i]);
        }
        words = new String[values.length][];
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
        return (a.indexOf(' ') >= 0 || b.indexOf(' ') >= 0) && contained(words(i), words(j)) ? 5 : 6;
    }

    /**
     * Edits that still leave a name recognisable: two in a long name, one in a short one, none
     * in a two-letter one ("동민" and "동선" are two edits apart, and so is every pair of
     * two-syllable Hangul names).
     */
    static int tolerableEdits(int shorterLength) {
        return shorterLength >= 5 ? 2 : shorterLength >= 3 ? 1 : 0;
    }

    private String[] words(int i) {
        String[] w = words[i];
        if (w == null) {
            w = java.util.Arrays.stream(Text.tokens(value(i))).distinct().sorted().toArray(String[]::new);
            words[i] = w;
        }
        return w;
    }

    /** Whether every word of the one with fewer distinct words is a word of the other (sorted merge). */
    static boolean contained(String[] x, String[] y) {
        String[] small = x.length <= y.length ? x : y;
        String[] large = small == x ? y : x;
        if (small.length == 0) {
            return false;
        }
        int k = 0;
        for (String word : small) {
            while (k < large.length && large[k].compareTo(word) < 0) {
                k++;
            }
            if (k == large.length || !large[k].equals(word)) {
                return false;
            }
        }
        return true;
    }
}
