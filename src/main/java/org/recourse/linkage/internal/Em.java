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
        return estimate(histogram, levelCounts, u, candidateShareOfAllPairs, primary, null);
    }

    /**
     * As above, by blocking rule: each histogram entry holds one count per rule, every rule has
     * its own match share, m is shared, and {@code forced[r][f]} says that rule r's key is made
     * of field f, so r's non-matches have their own distribution of f's levels (other fields'
     * non-match distributions are pooled; null: no rule forces any field). A non-match found by
     * the first-name rule agrees on the first name because the rule made it, so in its rule that
     * agreement tells EM nothing, while in the other rules it does; with one mixture for all
     * rules, the rule with most pairs becomes the "match" class (same first name and birth month).
     */
    public static Parameters estimate(Map<ComparisonVectors.Pattern, long[]> histogram, int[] levelCounts, double[][] u,
            double candidateShareOfAllPairs, int primary, boolean[][] forced) {
        int fields = levelCounts.length;
        int rules = histogram.isEmpty() ? 1 : histogram.values().iterator().next().length;
        double[][] m = initialM(levelCounts);
        double[][][] uc = new double[rules][][];
        double[] lambda = new double[rules];
        for (int r = 0; r < rules; r++) {
            uc[r] = copy(u);
            lambda[r] = 0.05;
        }
        double matchShare = 0.05;
        int iteration = 0;
        double change = 1.0;
        while (iteration < MAX_ITERATIONS && change > TOLERANCE) {
            double[][] mNext = zeros(levelCounts);
            double[][][] uNext = new double[rules][][];
            for (int r = 0; r < rules; r++) {
                uNext[r] = zeros(levelCounts);
            }
            double[] matches = new double[rules];
            double[] total = new double[rules];
            for (Map.Entry<ComparisonVectors.Pattern, long[]> e : histogram.entrySet()) {
                byte[] levels = e.getKey().levels();
                double matchEvidence = 0;
                for (int f = 0; f < fields; f++) {
                    if (levels[f] > 0) {
                        matchEvidence += Math.log(m[f][levels[f]]);
                    }
                }
                for (int r = 0; r < rules; r++) {
                    double count = e.getValue()[r];
                    if (count == 0) {
                        continue;
                    }
                    double logOdds = Math.log(lambda[r] / (1 - lambda[r])) + matchEvidence;
                    for (int f = 0; f < fields; f++) {
                        int l = levels[f];
                        if (l > 0) {
                            logOdds -= Math.log(uc[r][f][l]);
                        }
                    }
                    double g = count / (1.0 + Math.exp(-logOdds));
                    matches[r] += g;
                    total[r] += count;
                    for (int f = 0; f < fields; f++) {
                        mNext[f][levels[f]] += g;
                        uNext[r][f][levels[f]] += count - g;
                    }
                }
            }
            normalise(mNext, m);
            if (primary >= 0) {
                capDisagreement(mNext[primary]);
            }
            change = largestChange(mNext, m);
            double allMatches = 0;
            double all = 0;
            poolUnforced(uNext, forced);
            for (int r = 0; r < rules; r++) {
                change = Math.max(change, normalise(uNext[r], uc[r]));
                uc[r] = uNext[r];
                double next = total[r] > 0 ? Math.min(0.999, Math.max(1e-9, matches[r] / total[r])) : lambda[r];
                change = Math.max(change, Math.abs(next - lambda[r]));
                lambda[r] = next;
                allMatches += matches[r];
                all += total[r];
            }
            m = mNext;
            matchShare = all > 0 ? Math.min(0.999, Math.max(1e-9, allMatches / all)) : matchShare;
            iteration++;
        }
        double globalLambda = Math.max(1e-12, matchShare * candidateShareOfAllPairs);
        return new Parameters(m, u, matchShare, Math.log(globalLambda / (1 - globalLambda)), iteration);
    }

    /** Gives every rule the pooled non-match counts of the fields it does not block on. */
    private static void poolUnforced(double[][][] uNext, boolean[][] forced) {
        int fields = uNext[0].length;
        for (int f = 0; f < fields; f++) {
            double[] pooled = new double[uNext[0][f].length];
            for (int r = 0; r < uNext.length; r++) {
                if (forced == null || !forced[r][f]) {
                    for (int l = 0; l < pooled.length; l++) {
                        pooled[l] += uNext[r][f][l];
                    }
                }
            }
            for (int r = 0; r < uNext.length; r++) {
                if (forced == null || !forced[r][f]) {
                    uNext[r][f] = pooled.clone();
                }
            }
        }
    }

    private static double[][] zeros(int[] levelCounts) {
        double[][] z = new double[levelCounts.length][];
        for (int f = 0; f < levelCounts.length; f++) {
            z[f] = new double[levelCounts[f]];
        }
        return z;
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
