package org.recourse.linkage.internal;

import java.util.List;

/**
 * Match weight and probability of a pair: prior log odds plus the sum of each field's
 * log(m/u) (Fellegi and Sunter 1969, equation 2 under conditional independence). An exact
 * agreement on a field with term-frequency adjustment uses the value's own frequency in place
 * of u (Winkler 1989; Splink's {@code tf_adjustment}), floored at one record in the data.
 */
public final class Scorer {

    private final List<Comparison> comparisons;
    private final Parameters parameters;
    private final double minFrequency;
    /** Made on first use; racy but idempotent. */
    private volatile Bounds bounds;

    public Scorer(List<Comparison> comparisons, Parameters parameters, int records) {
        this.comparisons = comparisons;
        this.parameters = parameters;
        this.minFrequency = 1.0 / Math.max(1, records);
    }

    public Parameters parameters() {
        return parameters;
    }

    /** Natural-log weight of one field at the given level for records {@code i}, {@code j}. */
    public double weight(int field, int level, int i) {
        if (level == 0) {
            return 0.0;
        }
        Comparison c = comparisons.get(field);
        if (level == 1 && c.termFrequency()) {
            return Math.log(parameters.m()[field][1] / Math.max(minFrequency, c.frequency(i)));
        }
        return parameters.weight(field, level);
    }

    public double logOdds(int i, int j) {
        double w = parameters.priorLogOdds();
        for (int f = 0; f < comparisons.size(); f++) {
            w += weight(f, comparisons.get(f).level(i, j), i);
        }
        return w;
    }

    public double logOdds(ComparisonVectors vectors, int pair, int i) {
        double w = parameters.priorLogOdds();
        for (int f = 0; f < comparisons.size(); f++) {
            w += weight(f, vectors.level(pair, f), i);
        }
        return w;
    }

    /**
     * Whether the pair's log odds reach {@code logitThreshold}, the same answer as
     * {@code logOdds(i, j) >= logitThreshold} (up to rounding) but stopping as soon as the
     * fields still to compare cannot lift the weight that far: most pairs are clear
     * non-matches after a few fields, and the one-to-one check scores hundreds of thousands of
     * them. Cheap fields (codes, dates) go first, and within each kind the field whose
     * disagreement takes most off the bound (the most it can add less its disagreement
     * weight), so that a pair of strangers stops after fewer names. A name's term-frequency
     * weight is bounded by record {@code i}'s own value, not by the rarest value of all, and
     * counted only when the two values are equal (exact agreement, level 1, needs them equal);
     * a missing value counts nothing.
     */
    public boolean reaches(int i, int j, double logitThreshold) {
        Bounds b = bounds();
        // Before any field is compared: a field with a value missing adds nothing, and one with a
        // term-frequency weight reaches its exact-agreement weight only when the values are equal.
        double remaining = 0;
        long equal = 0;
        for (int f = 0; f < b.order.length; f++) {
            Comparison c = comparisons.get(f);
            String x = c.value(i);
            String y = c.value(j);
            if (x != null && y != null) {
                if (f < 64 && b.exact[f] != null && x.equals(y)) {
                    equal |= 1L << f;
                }
                remaining += b.most(f, i, (equal & 1L << f) != 0);
            }
        }
        double w = parameters.priorLogOdds();
        for (int f : b.order) {
            Comparison c = comparisons.get(f);
            int level = c.level(i, j);
            if (level != 0) {
                remaining -= b.most(f, i, (equal & 1L << f) != 0);
                w += weight(f, level, i);
                if (w + remaining < logitThreshold) {
                    return false;
                }
            }
        }
        return w >= logitThreshold;
    }

    /**
     * Field order for {@link #reaches} and the most each field can add: {@code fixed[f]} over
     * the levels without term frequency, {@code exact[f][i]} the exact-agreement weight of
     * record i's value (null when the field has no term-frequency weight).
     */
    private record Bounds(int[] order, double[] fixed, double[][] exact) {
        /**
         * At most what field f adds when neither value is missing; {@code equal}: the values may be
         * the same (always assumed past the 64th field, beyond the bits of a long).
         */
        double most(int f, int i, boolean equal) {
            return equal || f >= 64 && exact[f] != null ? Math.max(fixed[f], exact[f][i]) : fixed[f];
        }
    }

    private Bounds bounds() {
        Bounds b = bounds;
        if (b == null) {
            b = computeBounds();
            bounds = b;
        }
        return b;
    }

    /** Kept apart from {@link #bounds()}, which runs on every pair: the JIT compiles that small method alone. */
    private Bounds computeBounds() {
        int n = comparisons.size();
        double[] fixed = new double[n];
        double[][] exact = new double[n][];
        for (int f = 0; f < n; f++) {
            Comparison c = comparisons.get(f);
            for (int l = c.termFrequency() ? 2 : 1; l < c.levels(); l++) {
                fixed[f] = Math.max(fixed[f], parameters.weight(f, l));
            }
            if (c.termFrequency()) {
                exact[f] = new double[c.size()];
                for (int i = 0; i < c.size(); i++) {
                    exact[f][i] = Math.max(0.0, weight(f, 1, i));
                }
            }
        }
        double[] swing = new double[n];
        for (int f = 0; f < n; f++) {
            swing[f] = fixed[f] - parameters.weight(f, comparisons.get(f).levels() - 1);
        }
        int[] order = java.util.stream.IntStream.range(0, n).boxed()
                .sorted(java.util.Comparator.comparing((Integer f) -> comparisons.get(f).expensive())
                        .thenComparing(f -> -swing[f]))
                .mapToInt(Integer::intValue).toArray();
        return new Bounds(order, fixed, exact);
    }

    public double probability(int i, int j) {
        return sigmoid(logOdds(i, j));
    }

    public static double sigmoid(double logOdds) {
        return 1.0 / (1.0 + Math.exp(-logOdds));
    }
}
