package org.recourse.analysis.internal;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Nonparametric bootstrap that redoes model selection in every replicate (Buckland and Garthwaite
 * 1991): the documented cases are resampled with replacement over their patterns, the model is
 * selected and fitted again, and the 2.5% and 97.5% quantiles of the estimated totals form the
 * interval. Replicates whose fit does not converge are dropped and counted.
 */
final class SelectionBootstrap {

    private SelectionBootstrap() {
    }

    record Outcome(double lower, double upper, int used, int dropped) {
    }

    static Outcome run(CellData data, double pThreshold, String criterion, int replicates, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] cumulative = cumulative(data.counts());
        int n = (int) Math.round(data.observed());
        double[] totals = new double[replicates];
        int used = 0;
        for (int r = 0; r < replicates; r++) {
            CellData sample = data.withCounts(resample(cumulative, n, random));
            GlmFit fit = StepwiseSelection.choose(sample, pThreshold, criterion).fit();
            if (fit.converged() && Math.abs(fit.beta()[0]) < 30) {
                totals[used++] = n + Math.exp(fit.beta()[0]);
            }
        }
        double[] kept = Arrays.copyOf(totals, used);
        Arrays.sort(kept);
        if (used == 0) {
            return new Outcome(Double.NaN, Double.NaN, 0, replicates);
        }
        return new Outcome(Quantiles.sorted(kept, 0.025), Quantiles.sorted(kept, 0.975), used, replicates - used);
    }

    private static double[] cumulative(double[] counts) {
        double[] c = new double[counts.length];
        double s = 0;
        for (int i = 0; i < counts.length; i++) {
            s += counts[i];
            c[i] = s;
        }
        return c;
    }

    private static double[] resample(double[] cumulative, int n, SplittableRandom random) {
        double[] counts = new double[cumulative.length];
        double total = cumulative[cumulative.length - 1];
        for (int i = 0; i < n; i++) {
            int cell = Arrays.binarySearch(cumulative, random.nextDouble() * total);
            cell = cell >= 0 ? cell + 1 : -cell - 1;
            counts[Math.min(cell, counts.length - 1)]++;
        }
        return counts;
    }
}
