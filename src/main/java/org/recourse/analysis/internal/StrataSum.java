package org.recourse.analysis.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.recourse.analysis.Interval;
import org.recourse.analysis.MseMethod;
import org.recourse.analysis.MseResult;

/**
 * Totals over strata estimated separately. Log-linear: the unseen counts add up and, the strata
 * being independent, so do their variances (delta method: var(exp b0) = (exp(b0) se)^2); the
 * interval is Wald on the log of the summed unseen, which reduces to the per-table interval for
 * one stratum. LCMCR: draw i of the total is the sum of draw i of every stratum, a draw from the
 * posterior of the sum since the chains are independent.
 */
public final class StrataSum {

    private static final double Z95 = 1.959963984540054;

    private StrataSum() {
    }

    public static MseResult logLinear(String label, List<MseResult> strata) {
        long observed = strata.stream().mapToLong(MseResult::observed).sum();
        double unseen = 0;
        double variance = 0;
        for (MseResult s : strata) {
            double u = Math.exp(s.statistics().get("logUnseen"));
            double se = s.statistics().get("logUnseenSe");
            unseen += u;
            variance += u * u * se * se;
        }
        double logSe = Math.sqrt(variance) / unseen;
        Interval wald = new Interval("wald", observed + unseen * Math.exp(-Z95 * logSe),
                observed + unseen * Math.exp(Z95 * logSe));
        Map<String, Double> statistics = new LinkedHashMap<>();
        statistics.put("logUnseen", Math.log(unseen));
        statistics.put("logUnseenSe", logSe);
        List<String> warnings = new ArrayList<>();
        strata.forEach(s -> warnings.addAll(s.warnings().stream().map(w -> s.label() + ": " + w).toList()));
        List<String> terms = strata.stream().flatMap(s -> s.terms().stream().map(t -> s.label() + " " + t)).toList();
        return new MseResult(label, MseMethod.LOGLINEAR, observed, observed + unseen, wald, OptionalDouble.empty(),
                terms, List.of(wald), statistics, warnings, strata, new double[0]);
    }

    public static MseResult lcmcr(String label, List<MseResult> strata) {
        int length = strata.get(0).draws().length;
        double[] total = new double[length];
        for (MseResult s : strata) {
            double[] draws = s.draws();
            for (int i = 0; i < length; i++) {
                total[i] += draws[i];
            }
        }
        long observed = strata.stream().mapToLong(MseResult::observed).sum();
        return LcmcrEstimator.summarise(label, observed, total, strata);
    }
}
