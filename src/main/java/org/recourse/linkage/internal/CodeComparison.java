package org.recourse.linkage.internal;

/**
 * Identifiers, phone numbers, postcodes, e-mail addresses: compared on letters and digits
 * only; exact, one edit (a typing error) or one value ending the other (a phone number with
 * and without its area code), two edits, else disagreement.
 */
public final class CodeComparison extends Comparison {

    private static final String[] LABELS = {"missing", "exact", "1 edit or suffix", "2 edits", "different"};

    /** {@link CharBag}s of the values: most pairs of codes are more than two edits apart, which they show at once. */
    private final long[] bags;

    public CodeComparison(String field, String[] values) {
        super(field, alnum(values), LABELS);
        bags = new long[size()];
        for (int i = 0; i < bags.length; i++) {
            bags[i] = value(i) == null ? 0 : CharBag.of(value(i));
        }
    }

    static String[] alnum(String[] values) {
        String[] out = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            String v = values[i] == null ? "" : Text.alnum(values[i]);
            out[i] = v.isEmpty() ? null : v;
        }
        return out;
    }

    @Override
    protected int compare(int i, int j, String a, String b) {
        if (a.equals(b)) {
            return 1;
        }
        int d = Levenshtein.mayBeWithin(a, b, bags[i], bags[j], 2) ? Levenshtein.distance(a, b, 2) : 3;
        boolean suffix = Math.min(a.length(), b.length()) >= 7 && (a.endsWith(b) || b.endsWith(a));
        if (d <= 1 || suffix) {
            return 2;
        }
        return d <= 2 ? 3 : 4;
    }
}
