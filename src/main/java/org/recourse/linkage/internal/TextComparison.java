package org.recourse.linkage.internal;

/**
 * Free text (titles, addresses, author lists): token Jaccard similarity, where a token also
 * matches a token it abbreviates ("blv" and "blvd", "st" excluded as too short), at 0.9, 0.7,
 * 0.5 and 0.3; below that, whether at least half the shorter text's tokens are in the longer
 * (the overlap coefficient, for an author list that one source cuts short).
 */
public final class TextComparison extends Comparison {

    private static final String[] LABELS = {"missing", "jaccard>=0.9", "jaccard>=0.7", "jaccard>=0.5",
        "jaccard>=0.3", "half the shorter in the longer", "different (or numbers differ)"};
    private static final double[] CUTS = {0.9, 0.7, 0.5, 0.3};
    private final String[][] tokens;

    public TextComparison(String field, String[] values) {
        super(field, values, LABELS);
        tokens = new String[values.length][];
        for (int i = 0; i < values.length; i++) {
            tokens[i] = values[i] == null ? new String[0]
                    : java.util.Arrays.stream(Text.tokens(values[i])).filter(t -> !t.isEmpty()).distinct()
                            .toArray(String[]::new);
        }
    }

    @Override
    public boolean termFrequency() {
        return false;
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
        if (numbersDiffer(tokens[i], tokens[j])) {
            return LABELS.length - 1;
        }
        int common = common(tokens[i], tokens[j]);
        double jaccard = jaccard(common, tokens[i], tokens[j]);
        for (int k = 0; k < CUTS.length; k++) {
            if (jaccard >= CUTS[k]) {
                return k + 1;
            }
        }
        int shorter = Math.min(tokens[i].length, tokens[j].length);
        return shorter > 0 && 2 * common >= shorter ? LABELS.length - 2 : LABELS.length - 1;
    }

    /** House numbers and the like: when both texts have some and share none, they name different things. */
    static boolean numbersDiffer(String[] x, String[] y) {
        boolean xHas = false;
        boolean yHas = false;
        for (String s : x) {
            if (allDigits(s)) {
                xHas = true;
                for (String t : y) {
                    if (s.equals(t)) {
                        return false;
                    }
                }
            }
        }
        for (String t : y) {
            yHas |= allDigits(t);
        }
        return xHas && yHas;
    }

    private static boolean allDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static double softJaccard(String[] x, String[] y) {
        return jaccard(common(x, y), x, y);
    }

    private static double jaccard(int common, String[] x, String[] y) {
        return x.length == 0 || y.length == 0 ? 0.0 : common / (double) (x.length + y.length - common);
    }

    private static int common(String[] x, String[] y) {
        int common = 0;
        for (String s : x) {
            for (String t : y) {
                if (s.equals(t) || abbreviates(s, t) || abbreviates(t, s)) {
                    common++;
                    break;
                }
            }
        }
        return common;
    }

    private static boolean abbreviates(String shorter, String longer) {
        return shorter.length() >= 3 && shorter.length() < longer.length() && longer.startsWith(shorter);
    }
}
