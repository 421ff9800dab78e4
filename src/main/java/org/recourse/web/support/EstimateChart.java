package org.recourse.web.support;

import java.util.ArrayList;
import java.util.List;
import org.recourse.analysis.MseResult;

/**
 * The geometry of the estimate plot, computed here so the template only places shapes (SVG
 * presentation attributes, no inline style, so the strict CSP holds): a bar for the documented
 * count, a bar for the estimate with its interval as a whisker, and, for the Bayesian model,
 * a histogram of the posterior draws.
 */
public record EstimateChart(double documentedWidth, double estimateWidth, double lowerX, double upperX, double scaleMax,
        List<Bin> histogram) {

    public static final double WIDTH = 560;
    private static final int BINS = 30;
    private static final double HISTOGRAM_HEIGHT = 90;

    public static EstimateChart of(MseResult r) {
        double max = Math.max(r.interval().upper(), r.estimate()) * 1.05;
        return new EstimateChart(x(r.observed(), max), x(r.estimate(), max), x(r.interval().lower(), max),
                x(r.interval().upper(), max), max, histogram(r.draws(), max));
    }

    private static List<Bin> histogram(double[] draws, double max) {
        List<Bin> bins = new ArrayList<>();
        if (draws.length == 0) {
            return bins;
        }
        double lo = java.util.Arrays.stream(draws).min().orElse(0);
        double hi = java.util.Arrays.stream(draws).max().orElse(1);
        double width = Math.max((hi - lo) / BINS, 1e-9);
        int[] counts = new int[BINS];
        for (double d : draws) {
            counts[Math.min(BINS - 1, (int) ((d - lo) / width))]++;
        }
        int top = java.util.Arrays.stream(counts).max().orElse(1);
        for (int i = 0; i < BINS; i++) {
            double h = HISTOGRAM_HEIGHT * counts[i] / top;
            bins.add(new Bin(x(lo + i * width, max), Math.max(1, x(width, max) - 1), HISTOGRAM_HEIGHT - h, h));
        }
        return bins;
    }

    private static double x(double value, double max) {
        return Math.round(WIDTH * value / max * 10) / 10.0;
    }

    /** One histogram bar. */
    public record Bin(double x, double width, double y, double height) {
    }
}
