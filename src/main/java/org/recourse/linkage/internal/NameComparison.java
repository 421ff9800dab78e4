package org.recourse.linkage.internal;

/**
 * Names: exact, equal after Korean romanisation tolerance ({@link KoreanRomanisation}),
 * Jaro-Winkler at 0.92, the words of one within the other ("katsu" and "restaurant katsu",
 * "the United Kingdom" and "United Kingdom": checked before the weaker similarity below,
 * which such pairs often also reach), Jaro-Winkler at 0.80 or within two edits (the
 * thresholds Splink uses by default for names), else disagreement.
 */
public final class NameComparison extends Comparison {

    private static final String[] LABELS = {"missing", "exact", "same romanised", "jaro-winkler>=0.92",
        "words of one within the other", "jaro-winkler>=0.80 or 1-2 edits", "different"};
    private final String[] keys;
    /**
     * Each record's distinct words, sorted, with their hashes folded into 64 bits, made on
     * first use: the containment level is tried on most random pairs (u estimation), and
     * splitting both names there every time was most of the linkage time. A word set holds
     * another only if its bits do, which rules out nearly every pair without touching the words.
     * Filled racily but idempotently (a record's final fields are seen whole), so parallel
     * scoring may compute a slot twice but never sees a wrong one.
     */
    private final Words[] words;

    private record Words(String[] sorted, long bits) {
    }

    /** {@link CharBag}s of the values and of the keys, to rule pairs out before Jaro-Winkler. */
    private final long[] valueBags;
    private final long[] keyBags;

    public NameComparison(String field, String[] values) {
        super(field, values, LABELS);
        keys = new String[values.length];
        valueBags = new long[values.length];
        keyBags = new long[values.length];
        // Names repeat (given names, suburbs, states): each distinct one is romanised once.
        java.util.Map<String, String> romanised = new java.util.HashMap<>();
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                keys[i] = romanised.computeIfAbsent(values[i], KoreanRomanisation::key);
                valueBags[i] = CharBag.of(values[i]);
                keyBags[i] = CharBag.of(keys[i]);
            }
        }
        words = new Words[values.length];
    }

    @Override
    public boolean expensive() {
        return true;
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
        double jw = similarityIfNear(a, b, valueBags[i], valueBags[j]);
        if (jw < 0.92 && !(ka.equals(a) && kb.equals(b))) {
            jw = Math.max(jw, similarityIfNear(ka, kb, keyBags[i], keyBags[j]));
        }
        if (jw >= 0.92) {
            return 3;
        }
        if ((a.indexOf(' ') >= 0 || b.indexOf(' ') >= 0) && mayContain(i, j) && contained(words(i).sorted(), words(j).sorted())) {
            return 4;
        }
        int shorter = Math.min(a.length(), b.length());
        int edits = tolerableEdits(shorter);
        return jw >= 0.80 || edits > 0 && withinEdits(a, b, edits, valueBags[i], valueBags[j]) ? 5 : 6;
    }

    /**
     * Jaro-Winkler when it may reach 0.80, the lowest cut used; otherwise an upper bound below
     * 0.80, which decides every level the same way at a fraction of the cost.
     */
    private static double similarityIfNear(String a, String b, long bagA, long bagB) {
        int common = CharBag.commonAtMost(bagA, bagB, Math.min(a.length(), b.length()));
        double bound = JaroWinkler.upperBound(a, b, common);
        return bound < 0.80 ? bound : JaroWinkler.similarity(a, b);
    }

    private static boolean withinEdits(String a, String b, int edits, long bagA, long bagB) {
        return Levenshtein.mayBeWithin(a, b, bagA, bagB, edits) && Levenshtein.distance(a, b, edits) <= edits;
    }

    /**
     * Edits that still leave a name recognisable: two in a long name, one in a short one, none
     * in a two-letter one ("동민" and "동선" are two edits apart, and so is every pair of
     * two-syllable Hangul names).
     */
    static int tolerableEdits(int shorterLength) {
        return shorterLength >= 5 ? 2 : shorterLength >= 3 ? 1 : 0;
    }

    private Words words(int i) {
        Words w = words[i];
        if (w == null) {
            String[] sorted = distinctSorted(Text.tokens(value(i)));
            long bits = 0;
            for (String word : sorted) {
                bits |= 1L << (word.hashCode() * 0x9E3779B9 >>> 26);
            }
            w = new Words(sorted, bits);
            words[i] = w;
        }
        return w;
    }

    /** Plain loops rather than a stream: this runs once per record, often before the JIT has compiled it. */
    private static String[] distinctSorted(String[] tokens) {
        if (tokens.length < 2) {
            return tokens;
        }
        java.util.Arrays.sort(tokens);
        int n = 1;
        for (int k = 1; k < tokens.length; k++) {
            if (!tokens[k].equals(tokens[n - 1])) {
                tokens[n++] = tokens[k];
            }
        }
        return n == tokens.length ? tokens : java.util.Arrays.copyOf(tokens, n);
    }

    /** False when the word bits show that the smaller word set is not within the larger. */
    private boolean mayContain(int i, int j) {
        Words x = words(i);
        Words y = words(j);
        return x.sorted().length <= y.sorted().length ? (x.bits() & ~y.bits()) == 0 : (y.bits() & ~x.bits()) == 0;
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
