package org.recourse.analysis.internal;

/** Sample quantiles by linear interpolation (R's default, type 7). */
final class Quantiles {

    private Quantiles() {
    }

    static double sorted(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
