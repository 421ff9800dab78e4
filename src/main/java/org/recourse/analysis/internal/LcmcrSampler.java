package org.recourse.analysis.internal;

import java.util.Arrays;

/**
 * Gibbs sampler for the nonparametric latent-class capture-recapture model of Manrique-Vallier
 * (2016, Biometrics 72: 1246-1254), following the update order of the LCMCR package: class
 * counts per observed pattern, list probabilities lambda, stick-breaking weights nu, then the
 * undocumented cases (their number n0 ~ NegBin(n, 1 - pi0) under the prior p(N) ∝ 1/N, and their
 * classes), then the concentration alpha ~ Gamma(a + K - 1, b - log nu_K). Observed cases are
 * handled per pattern, not per case, so the cost of an iteration grows with the number of
 * distinct patterns and cases, not with N.
 */
final class LcmcrSampler {

    private static final int WARM_UP = 500;

    private final int lists;
    private final int classes;
    private final int[][] patterns;
    private final int[] freq;
    private final long observed;
    private final double alphaShape;
    private final double alphaRate;
    private final RandomVariates rv;

    private final double[][] lambda1;
    private final double[][] lambda0;
    private final double[] logNu;
    private final double[] nu;
    private final int[][] countZ;
    private final long[] countZero;
    private final long[] ones;
    private final long[] perClass;
    private final double[] weights;
    private double alpha;
    private long unseen;

    LcmcrSampler(int lists, int[][] patterns, int[] freq, int classes, double alphaShape, double alphaRate, long seed) {
        this.lists = lists;
        this.classes = classes;
        this.patterns = patterns;
        this.freq = freq;
        this.observed = Arrays.stream(freq).asLongStream().sum();
        this.alphaShape = alphaShape;
        this.alphaRate = alphaRate;
        this.rv = new RandomVariates(seed);
        this.lambda1 = new double[lists][classes];
        this.lambda0 = new double[lists][classes];
        this.logNu = new double[classes];
        this.nu = new double[classes];
        this.countZ = new int[patterns.length][classes];
        this.countZero = new long[classes];
        this.ones = new long[lists * classes];
        this.perClass = new long[classes];
        this.weights = new double[classes];
        initialise();
    }

    long observed() {
        return observed;
    }

    long unseen() {
        return unseen;
    }

    /** One full sweep of the sampler. */
    void update() {
        sampleObservedClasses();
        sampleLambda();
        sampleNu();
        sampleUnseen(probabilityUnseen());
        sampleAlpha();
    }

    /** Starts lambda at the lists' marginal frequencies and runs a warm-up with alpha fixed. */
    private void initialise() {
        for (int j = 0; j < lists; j++) {
            double onList = 0;
            for (int m = 0; m < patterns.length; m++) {
                onList += patterns[m][j] * freq[m];
            }
            double p = onList / observed;
            Arrays.fill(lambda1[j], p);
            Arrays.fill(lambda0[j], 1 - p);
        }
        startSticks();
        alpha = 0.3 / classes;
        for (int i = 0; i < WARM_UP; i++) {
            sampleObservedClasses();
            sampleLambda();
            sampleNu();
            sampleUnseen(probabilityUnseen());
        }
        orderClassesByWeight();
    }

    /** Puts the heaviest classes first, as LCMCR does after its warm-up, so the sticks break in size order. */
    private void orderClassesByWeight() {
        Integer[] order = new Integer[classes];
        for (int k = 0; k < classes; k++) {
            order[k] = k;
        }
        Arrays.sort(order, (a, b) -> Double.compare(nu[b], nu[a]));
        for (int j = 0; j < lists; j++) {
            permute(lambda1[j], order);
            permute(lambda0[j], order);
        }
        permute(nu, order);
        permute(logNu, order);
        long[] zero = countZero.clone();
        for (int k = 0; k < classes; k++) {
            countZero[k] = zero[order[k]];
        }
    }

    private static void permute(double[] values, Integer[] order) {
        double[] old = values.clone();
        for (int k = 0; k < values.length; k++) {
            values[k] = old[order[k]];
        }
    }

    private void sampleObservedClasses() {
        Arrays.fill(ones, 0);
        System.arraycopy(countZero, 0, perClass, 0, classes);
        for (int m = 0; m < patterns.length; m++) {
            int[] x = patterns[m];
            double total = 0;
            for (int k = 0; k < classes; k++) {
                double w = nu[k];
                for (int j = 0; j < lists; j++) {
                    w *= x[j] == 1 ? lambda1[j][k] : lambda0[j][k];
                }
                total += w;
                weights[k] = w;
            }
            if (!(total > 0)) {
                total = logScaleWeights(x);
            }
            int[] counts = countZ[m];
            Arrays.fill(counts, 0);
            for (int c = 0; c < freq[m]; c++) {
                counts[draw(total)]++;
            }
            for (int k = 0; k < classes; k++) {
                int c = counts[k];
                if (c == 0) {
                    continue;
                }
                perClass[k] += c;
                for (int j = 0; j < lists; j++) {
                    ones[j * classes + k] += (long) x[j] * c;
                }
            }
        }
    }

    /** Recomputes the class weights of a pattern on the log scale when the products underflow. */
    private double logScaleWeights(int[] x) {
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < classes; k++) {
            double lw = logNu[k];
            for (int j = 0; j < lists; j++) {
                lw += Math.log(x[j] == 1 ? lambda1[j][k] : lambda0[j][k]);
            }
            weights[k] = lw;
            max = Math.max(max, lw);
        }
        double total = 0;
        for (int k = 0; k < classes; k++) {
            weights[k] = Math.exp(weights[k] - max);
            total += weights[k];
        }
        return total;
    }

    private int draw(double total) {
        double u = rv.uniform() * total;
        int last = classes - 1;
        for (int k = 0; k < last; k++) {
            u -= weights[k];
            if (u < 0) {
                return k;
            }
        }
        return last;
    }

    /** lambda_jk ~ Beta(1 + on list, 1 + not on list), drawn as two Gammas for stability near 0 and 1. */
    private void sampleLambda() {
        for (int j = 0; j < lists; j++) {
            for (int k = 0; k < classes; k++) {
                long on = ones[j * classes + k];
                double g1 = rv.gamma(1.0 + on);
                double g0 = rv.gamma(1.0 + perClass[k] - on);
                double sum = g1 + g0;
                lambda1[j][k] = g1 / sum;
                lambda0[j][k] = g0 / sum;
            }
        }
    }

    /** Stick-breaking: V_k ~ Beta(1 + n_k, alpha + cases in later classes), on the log scale. */
    private void sampleNu() {
        long remaining = observed + unseen;
        double logRest = 0;
        for (int k = 0; k < classes - 1; k++) {
            remaining -= perClass[k];
            logRest = breakStick(k, 1.0 + perClass[k], alpha + remaining, logRest);
        }
        logNu[classes - 1] = logRest;
        nu[classes - 1] = Math.exp(logRest);
    }

    /**
     * The starting sticks V_k ~ Beta(1, 1), as LCMCR's {@code Initializes()} draws them before its
     * warm-up; drawing them from the posterior with no class counts (Beta(1, alpha + n)) would
     * start nearly every case in the last class.
     */
    private void startSticks() {
        double logRest = 0;
        for (int k = 0; k < classes - 1; k++) {
            logRest = breakStick(k, 1, 1, logRest);
        }
        logNu[classes - 1] = logRest;
        nu[classes - 1] = Math.exp(logRest);
    }

    /** Gives class k the share V_k = G_a / (G_a + G_b) of what is left; returns the log of what remains. */
    private double breakStick(int k, double a, double b, double logRest) {
        double la = rv.logGamma(a);
        double lb = rv.logGamma(b);
        double ls = Math.max(la, lb) + Math.log1p(Math.exp(-Math.abs(la - lb)));
        logNu[k] = la - ls + logRest;
        nu[k] = Math.exp(logNu[k]);
        return logRest + lb - ls;
    }

    private double probabilityUnseen() {
        double p = 0;
        for (int k = 0; k < classes; k++) {
            double w = nu[k];
            for (int j = 0; j < lists; j++) {
                w *= lambda0[j][k];
            }
            weights[k] = w;
            p += w;
        }
        return p;
    }

    /**
     * n0 ~ NegBin(n, 1 - pi0) (Manrique-Vallier 2016, section 3; the prior p(N) ∝ 1/N integrated
     * out), redrawn while above 20 n as LCMCR 0.4.11+ does in {@code sam_n0} (0.4.3 had no cap);
     * then the unseen cases' classes.
     */
    private void sampleUnseen(double pi0) {
        long cap = 20 * observed;
        long n0 = cap + 1;
        for (int attempt = 0; attempt < 1000 && n0 > cap; attempt++) {
            n0 = rv.negativeBinomial(observed, 1 - pi0);
        }
        unseen = Math.min(n0, cap);
        Arrays.fill(countZero, 0);
        for (long i = 0; i < unseen; i++) {
            countZero[draw(pi0)]++;
        }
    }

    private void sampleAlpha() {
        alpha = rv.gamma(alphaShape + classes - 1) / (alphaRate - logNu[classes - 1]);
    }
}
