package org.recourse.linkage.internal;

import java.util.Map;

/**
 * Expectation-maximisation for the Fellegi-Sunter mixture (Winkler 1988, "Using the EM
 * algorithm for weight computation in the Fellegi-Sunter model"; Jaro 1989) over the
 * candidate pairs: m, the non-match level frequencies among candidates and the share of
 * matches, starting from u measured on random pairs. Scoring then uses this m with the u of
 * random pairs and the prior of all pairs (as Splink does, Linacre et al. 2022), which is
 * what a pair's probability means regardless of blocking. Holding u at the random-pair values
 * during EM as well was tried and did worse on every non-FEBRL set (EM then explains the
 * agreement that blocking forces on candidates as matching, and the match share runs to 1).
 *
 * <p>Conditional independence fails where several entities share everything but a name (the
 * restaurants of one hotel, the columns of one editor): left alone, EM takes such pairs for
 * matches and learns that the name disagrees among matches most of the time. So the
 * disagreement level of the record's primary name (the most distinct name or text field) is
 * held at or below {@link #PRIMARY_DISAGREEMENT} among matches in every M-step: a
 * constrained EM (Winkler 1993, "Improved decision rules in the Fellegi-Sunter model") that
 * states what a match means rather than leaving it to whichever cluster EM finds.
 */
public final class Em {

    private static final int MAX_ITERATIONS = 200;
    private static final double TOLERANCE = 1e-6;
    static final double PRIMARY_DISAGREEMENT = 0.001;

    private Em() {
    }

    public static Parameters estimate(Map<ComparisonVectors.Pattern, long[]> histogram, int[] levelCounts, double[][] u,
            double candidateShareOfAllPairs) {
        return estimate(histogram, levelCounts, u, candidateShareOfAllPairs, -1);
    }

    /** As above, with the disagreement of field {@code primary} (none when negative) capped among matches. */
    public static Parameters estimate(Map<ComparisonVectors.Pattern, long[]> histogram, int[] levelCounts, double[][] u,
            double candidateShareOfAllPairs, int primary) {
        int fields = levelCounts.length;
        double[][] m = initialM(levelCounts);
        double[][] uc = copy(u);
        double lambda = 0.05;
        int iteration = 0;
        double change = 1.0;
        while (iteration < MAX_ITERATIONS && change > TOLERANCE) {
            double[][] mNext = new double[fields][];
            double[][] uNext = new double[fields][];
            for (int f = 0; f < fields; f++) {
                mNext[f] = new double[levelCounts[f]];
                uNext[f] = new double[levelCounts[f]];
            }
            double matches = 0;
            double total = 0;
            for (Map.Entry<ComparisonVectors.Pattern, long[]> e : histogram.entrySet()) {
                byte[] levels = e.getKey().levels();
                double logOdds = Math.log(lambda / (1 - lambda));
                for (int f = 0; f < fields; f++) {
                    int l = levels[f];
                    if (l > 0) {
                        logOdds += Math.log(m[f][l] / uc[f][l]);
                    }
                }
                double count = e.getValue()[0];
                double g = count / (1.0 + Math.exp(-logOdds));
                matches += g;
                total += count;
                for (int f = 0; f < fields; f++) {
                    mNext[f][levels[f]] += g;
                    uNext[f][levels[f]] += count - g;
                }
            }
            normalise(mNext, m);
            if (primary >= 0) {
                capDisagreement(mNext[primary]);
            }
            change = Math.max(largestChange(mNext, m), normalise(uNext, uc));
            uc = uNext;
            double lambdaNext = Math.min(0.999, Math.max(1e-9, matches / total));
            change = Math.max(change, Math.abs(lambdaNext - lambda));
            m = mNext;
            lambda = lambdaNext;
            iteration++;
        }
        double globalLambda = Math.max(1e-12, lambda * candidateShareOfAllPairs);
        return new Parameters(m, u, lambda, Math.log(globalLambda / (1 - globalLambda)), iteration);
    }

    /** Moves the disagreement level's excess over the cap to the agreement levels, in proportion. */
    private static void capDisagreement(double[] m) {
        int last = m.length - 1;
        double excess = m[last] - PRIMARY_DISAGREEMENT;
        if (excess <= 0 || last < 2) {
            return;
        }
        double rest = 1.0 - m[last];
        m[last] = PRIMARY_DISAGREEMENT;
        for (int l = 1; l < last; l++) {
            m[l] += rest > 0 ? excess * m[l] / rest : excess / (last - 1);
        }
    }

    private static double largestChange(double[][] next, double[][] previous) {
        double change = 0;
        for (int f = 0; f < next.length; f++) {
            for (int l = 1; l < next[f].length; l++) {
                change = Math.max(change, Math.abs(next[f][l] - previous[f][l]));
            }
        }
        return change;
    }

    private static double[][] copy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }

    private static double[][] initialM(int[] levelCounts) {
        double[][] m = new double[levelCounts.length][];
        for (int f = 0; f < levelCounts.length; f++) {
            int levels = levelCounts[f];
            m[f] = new double[levels];
            double rest = 0.1 / Math.max(1, levels - 2);
            for (int l = 1; l < levels; l++) {
                m[f][l] = l == 1 ? 0.9 : rest;
            }
        }
        return m;
    }

    /** Turns counts into probabilities over levels 1.. (with a small floor); answers the largest change. */
    private static double normalise(double[][] next, double[][] previous) {
        double change = 0;
        for (int f = 0; f < next.length; f++) {
            double sum = 0;
            for (int l = 1; l < next[f].length; l++) {
                sum += next[f][l];
            }
            for (int l = 1; l < next[f].length; l++) {
                double p = sum > 0 ? Math.max(1e-6, next[f][l] / sum) : previous[f][l];
                change = Math.max(change, Math.abs(p - previous[f][l]));
                next[f][l] = p;
            }
            next[f][0] = 0;
        }
        return change;
    }
}
