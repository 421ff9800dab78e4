package org.recourse.analysis.internal;

/**
 * Convergence figures for one chain of draws: the effective sample size by Geyer's initial
 * positive sequence (Geyer 1992, section 3.3) and Geweke's (1992) z comparing the mean of the
 * first 10% of draws with the last 50%, each mean's variance taken from the autocorrelations.
 */
final class ChainDiagnostics {

    private ChainDiagnostics() {
    }

    static double effectiveSampleSize(double[] draws) {
        int n = draws.length;
        double factor = inflation(draws);
        return factor == 0 ? n : n / factor;
    }

    static double gewekeZ(double[] draws) {
        int n = draws.length;
        double[] first = java.util.Arrays.copyOfRange(draws, 0, n / 10);
        double[] last = java.util.Arrays.copyOfRange(draws, n / 2, n);
        double varFirst = variance(first) * inflation(first) / first.length;
        double varLast = variance(last) * inflation(last) / last.length;
        double denominator = Math.sqrt(varFirst + varLast);
        return denominator == 0 ? 0 : (mean(first) - mean(last)) / denominator;
    }

    /**
     * The factor 1 + 2 sum of autocorrelations, summed over pairs of lags while each pair's
     * sum stays positive (initial positive sequence); 0 for a constant chain.
     */
    static double inflation(double[] x) {
        int n = x.length;
        double m = mean(x);
        double c0 = autocovariance(x, m, 0);
        if (c0 == 0) {
            return 0;
        }
        double sum = 0;
        for (int lag = 0; lag + 1 < n; lag += 2) {
            double pair = autocovariance(x, m, lag) + autocovariance(x, m, lag + 1);
            if (pair <= 0) {
                break;
            }
            sum += pair;
        }
        return Math.max(2 * sum / c0 - 1, 1.0 / n);
    }

    private static double autocovariance(double[] x, double m, int lag) {
        double s = 0;
        for (int i = 0; i + lag < x.length; i++) {
            s += (x[i] - m) * (x[i + lag] - m);
        }
        return s / x.length;
    }

    static double mean(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s / x.length;
    }

    static double variance(double[] x) {
        double m = mean(x);
        double s = 0;
        for (double v : x) {
            s += (v - m) * (v - m);
        }
        return s / x.length;
    }
}
