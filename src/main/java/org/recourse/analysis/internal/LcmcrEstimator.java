package org.recourse.analysis.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.recourse.analysis.CaptureHistory;
import org.recourse.analysis.CaptureTable;
import org.recourse.analysis.Interval;
import org.recourse.analysis.LcmcrSettings;
import org.recourse.analysis.MseMethod;
import org.recourse.analysis.MseResult;

/**
 * Runs the LCMCR sampler on one table and summarises the posterior of the total: mean, median,
 * 2.5% and 97.5% quantiles, effective sample size and Geweke z. Posterior summaries of draws
 * (summed across strata when there are several) come from {@link #summarise}.
 */
public final class LcmcrEstimator {

    private LcmcrEstimator() {
    }

    public static MseResult estimate(CaptureTable table, LcmcrSettings settings) {
        MseResult result = summarise(table.name(), table.observed(), sample(table, settings), List.of());
        List<String> warnings = new ArrayList<>(TableWarnings.isolatedListWarnings(CellData.of(table)));
        warnings.addAll(result.warnings());
        return new MseResult(result.label(), result.method(), result.observed(), result.estimate(), result.interval(),
                result.median(), result.terms(), result.intervals(), result.statistics(), warnings, result.strata(),
                result.draws());
    }

    /** The kept draws of the total N = documented + n0. */
    public static double[] sample(CaptureTable table, LcmcrSettings settings) {
        List<CaptureHistory> histories = table.histories().stream().filter(h -> h.count() > 0).toList();
        int[][] patterns = new int[histories.size()][];
        int[] freq = new int[histories.size()];
        for (int m = 0; m < histories.size(); m++) {
            patterns[m] = histories.get(m).onList().stream().mapToInt(b -> b ? 1 : 0).toArray();
            freq[m] = Math.toIntExact(histories.get(m).count());
        }
        LcmcrSampler sampler = new LcmcrSampler(table.lists().size(), patterns, freq, settings.classes(),
                settings.alphaShape(), settings.alphaRate(), settings.seed());
        for (int i = 0; i < settings.burnIn(); i++) {
            sampler.update();
        }
        double[] draws = new double[settings.samples()];
        for (int s = 0; s < draws.length; s++) {
            for (int t = 0; t < settings.thinning(); t++) {
                sampler.update();
            }
            draws[s] = sampler.observed() + sampler.unseen();
        }
        return draws;
    }

    public static MseResult summarise(String label, long observed, double[] draws, List<MseResult> strata) {
        double[] sorted = draws.clone();
        Arrays.sort(sorted);
        double mean = ChainDiagnostics.mean(draws);
        Interval credible = new Interval("credible", Quantiles.sorted(sorted, 0.025), Quantiles.sorted(sorted, 0.975));
        double ess = ChainDiagnostics.effectiveSampleSize(draws);
        double geweke = ChainDiagnostics.gewekeZ(draws);
        Map<String, Double> statistics = new LinkedHashMap<>();
        statistics.put("posteriorSd", Math.sqrt(ChainDiagnostics.variance(draws)));
        statistics.put("effectiveSampleSize", ess);
        statistics.put("gewekeZ", geweke);
        List<String> warnings = new ArrayList<>();
        if (Math.abs(geweke) > 2.5) {
            warnings.add("Geweke z = " + String.format(java.util.Locale.ROOT, "%.2f", geweke)
                    + ": the chain may not have converged; run a longer burn-in");
        }
        if (ess < 200) {
            warnings.add("only about " + Math.round(ess) + " effective draws: run more samples or thin more");
        }
        if (sorted[sorted.length - 1] >= 21.0 * observed) {
            warnings.add("some draws reached the cap of 20 times the documented count: the table barely "
                    + "constrains the number unseen");
        }
        strata.forEach(s -> warnings.addAll(s.warnings().stream().map(w -> s.label() + ": " + w).toList()));
        return new MseResult(label, MseMethod.LCMCR, observed, mean, credible,
                OptionalDouble.of(Quantiles.sorted(sorted, 0.5)), List.of(), List.of(credible), statistics,
                warnings, strata, draws);
    }
}
