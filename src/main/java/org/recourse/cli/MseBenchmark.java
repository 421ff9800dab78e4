package org.recourse.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.recourse.analysis.CaptureTable;
import org.recourse.analysis.LcmcrSettings;
import org.recourse.analysis.LogLinearSettings;
import org.recourse.analysis.MseResult;
import org.recourse.analysis.MultipleSystemsEstimation;

/**
 * {@code bench mse}: stepwise log-linear selection on the six-list UK table (median of repeated
 * runs after warm-up; target under 200 ms) and LCMCR with 10,000 burn-in and 300,000 iterations
 * on the 599-case Caloocan table (target under 20 s).
 */
final class MseBenchmark {

    private static final int WARM_UP = 30;
    private static final int RUNS = 51;

    private MseBenchmark() {
    }

    static int run(Path sharedData, PrintStream out) {
        MultipleSystemsEstimation mse = new MultipleSystemsEstimation();
        Path dir = sharedData.resolve("mse");
        CaptureTable uk6 = mse.readTable(dir.resolve("uk_modern_slavery_2013_6lists.csv"));
        double[] ms = new double[RUNS];
        for (int i = 0; i < WARM_UP; i++) {
            mse.logLinear(uk6, LogLinearSettings.defaults());
        }
        MseResult last = null;
        for (int i = 0; i < RUNS; i++) {
            long t0 = System.nanoTime();
            last = mse.logLinear(uk6, LogLinearSettings.defaults());
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        out.printf(Locale.ROOT, "mse stepwise uk 6 lists (with Wald and profile intervals): median %.2f ms, "
                + "min %.2f, max %.2f over %d runs after %d warm-up; estimate %.0f, %d terms (target < 200 ms)%n",
                ms[RUNS / 2], ms[0], ms[RUNS - 1], RUNS, WARM_UP, last.estimate(), last.terms().size());
        CaptureTable caloocan = mse.readTable(dir.resolve("ph_drug_killings_2016_2017_caloocan_unidentified.csv"));
        mse.lcmcr(caloocan, LcmcrSettings.defaults().withChain(1_000, 1_000, 10));
        for (int classes : new int[] {10, 5}) {
            LcmcrSettings settings = LcmcrSettings.defaults().withClasses(classes).withChain(10_000, 30_000, 10);
            long t0 = System.nanoTime();
            MseResult r = mse.lcmcr(caloocan, settings);
            double s = (System.nanoTime() - t0) / 1e9;
            out.printf(Locale.ROOT, "mse lcmcr caloocan unidentified (%d cases, %d lists), K=%d, 10,000 burn-in + "
                    + "300,000 iterations: %.2f s (%.1f us/iteration); mean %.0f, 95%% %.0f-%.0f, ESS %.0f "
                    + "(target < 20 s)%n", r.observed(), caloocan.lists().size(), classes, s,
                    s * 1e6 / settings.iterations(), r.estimate(), r.interval().lower(), r.interval().upper(),
                    r.statistics().get("effectiveSampleSize"));
        }
        return 0;
    }
}
