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
    private double[] headroom;

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
     * {@code logOdds(i, j) >= logitThreshold} but stopping as soon as the fields still to
     * compare cannot lift the weight that far: most pairs are clear non-matches after a few
     * fields, and the one-to-one check scores hundreds of thousands of them.
     */
    public boolean reaches(int i, int j, double logitThreshold) {
        double[] headroom = headroom();
        double w = parameters.priorLogOdds();
        for (int f = 0; f < comparisons.size(); f++) {
            w += weight(f, comparisons.get(f).level(i, j), i);
            if (w + headroom[f + 1] < logitThreshold) {
                return false;
            }
        }
        return w >= logitThreshold;
    }

    /** {@code headroom[f]}: the most fields f, f+1, ... can add (a missing value adds 0). */
    private double[] headroom() {
        double[] h = headroom;
        if (h != null) {
            return h;
        }
        h = new double[comparisons.size() + 1];
        for (int f = comparisons.size() - 1; f >= 0; f--) {
            double best = 0.0;
            for (int l = 1; l < comparisons.get(f).levels(); l++) {
                best = Math.max(best, parameters.weight(f, l));
            }
            if (comparisons.get(f).termFrequency()) {
                best = Math.max(best, Math.log(parameters.m()[f][1] / minFrequency));
            }
            h[f] = h[f + 1] + best;
        }
        headroom = h;
        return h;
    }

    public double probability(int i, int j) {
        return sigmoid(logOdds(i, j));
    }

    public static double sigmoid(double logOdds) {
        return 1.0 / (1.0 + Math.exp(-logOdds));
    }
}
