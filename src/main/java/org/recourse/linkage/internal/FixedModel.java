package org.recourse.linkage.internal;

import java.util.List;

/**
 * Fellegi-Sunter parameters for collections too small for EM (a dozen incidents, a few dozen
 * persons): with so few pairs EM has almost nothing to fit and settles anywhere, so m is not
 * estimated but set by a documented prior, and u is counted on the data.
 *
 * <ul>
 * <li>m: a true match disagrees on a field with probability 0.05 (coding and recall errors);
 * the remaining 0.95 is spread over the agreement levels, each a quarter of the one above
 * (levels exact, close, far get 16/21, 4/21, 1/21 of it), as true matches mostly agree
 * exactly on coded fields.</li>
 * <li>u: level frequencies over every pair of the data (a random sample above
 * {@value #EXHAUSTIVE} pairs), add-one smoothed as in {@link RandomPairs}; an exact agreement
 * on a field with term-frequency adjustment still uses the value's own frequency
 * ({@link Scorer}).</li>
 * <li>prior: each record has, on average, one match among the others, so a pair is a match
 * with probability 1/(n-1) in deduplication, 1/max(left, right) in linkage. This is generous
 * on purpose: the pairs go to a reviewer, and a missed pair costs more than a rejected one.</li>
 * </ul>
 */
public final class FixedModel {

    static final double M_DISAGREE = 0.05;
    private static final int EXHAUSTIVE = 200_000;
    private static final long SEED = 20261123L;

    private FixedModel() {
    }

    public static Parameters parameters(Dataset data, List<Comparison> comparisons) {
        double[][] m = new double[comparisons.size()][];
        for (int f = 0; f < m.length; f++) {
            m[f] = priorM(comparisons.get(f).levels());
        }
        double[][] u = pairs(data) <= EXHAUSTIVE ? allPairsU(data, comparisons)
                : RandomPairs.u(data, comparisons, EXHAUSTIVE, SEED);
        double lambda = 1.0 / Math.max(1, data.linkage()
                ? Math.max(data.leftSize(), data.size() - data.leftSize()) : data.size() - 1);
        lambda = Math.min(0.5, lambda);
        return new Parameters(m, u, lambda, Math.log(lambda / (1 - lambda)), 0);
    }

    /** m over levels 0 (missing, unused), agreement levels 1..L-2 in quarters, disagreement L-1. */
    static double[] priorM(int levels) {
        double[] m = new double[levels];
        int agreeing = levels - 2;
        if (agreeing < 1) {
            return m;
        }
        double total = 0;
        for (int l = 1; l <= agreeing; l++) {
            total += Math.pow(0.25, l - 1);
        }
        for (int l = 1; l <= agreeing; l++) {
            m[l] = (1 - M_DISAGREE) * Math.pow(0.25, l - 1) / total;
        }
        m[levels - 1] = M_DISAGREE;
        return m;
    }

    private static long pairs(Dataset data) {
        long n = data.size();
        return data.linkage() ? (long) data.leftSize() * (n - data.leftSize()) : n * (n - 1) / 2;
    }

    private static double[][] allPairsU(Dataset data, List<Comparison> comparisons) {
        double[][] counts = new double[comparisons.size()][];
        for (int f = 0; f < counts.length; f++) {
            counts[f] = new double[comparisons.get(f).levels()];
            java.util.Arrays.fill(counts[f], 1, counts[f].length, 1.0);
        }
        for (int i = 0; i < data.size(); i++) {
            for (int j = i + 1; j < data.size(); j++) {
                if (data.pairable(i, j)) {
                    for (int f = 0; f < counts.length; f++) {
                        counts[f][comparisons.get(f).level(i, j)]++;
                    }
                }
            }
        }
        for (double[] c : counts) {
            double sum = 0;
            for (int l = 1; l < c.length; l++) {
                sum += c[l];
            }
            c[0] = 0;
            for (int l = 1; l < c.length; l++) {
                c[l] /= sum;
            }
        }
        return counts;
    }
}
