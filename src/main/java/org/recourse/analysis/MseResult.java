package org.recourse.analysis;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * An estimate of the total number of cases, documented and not.
 *
 * @param label       the table or strata it was made from
 * @param method      how it was made
 * @param observed    cases documented by at least one list
 * @param estimate    estimated total (log-linear: maximum likelihood; LCMCR: posterior mean)
 * @param interval    the main 95% interval (log-linear: Wald on the log scale; LCMCR: credible)
 * @param median      posterior median (LCMCR only)
 * @param terms       model terms beyond the main effects, e.g. {@code LA:NG}; LCMCR: empty
 * @param intervals   every interval computed, the main one first
 * @param statistics  figures for the record: deviance, AIC, BIC, log-unseen and its SE,
 *                    effective sample size, Geweke z; by name
 * @param warnings    reasons to distrust the estimate, in plain words
 * @param strata      per-stratum results when this one is their sum; otherwise empty
 * @param draws       posterior draws of the total (LCMCR), for plots; otherwise empty
 */
public record MseResult(String label, MseMethod method, long observed, double estimate, Interval interval,
                        OptionalDouble median, List<String> terms, List<Interval> intervals,
                        Map<String, Double> statistics, List<String> warnings, List<MseResult> strata,
                        double[] draws) {

    public MseResult {
        terms = List.copyOf(terms);
        intervals = List.copyOf(intervals);
        statistics = Collections.unmodifiableMap(new LinkedHashMap<>(statistics));
        warnings = List.copyOf(warnings);
        strata = List.copyOf(strata);
        draws = draws.clone();
    }

    /** Estimated number of cases no list documented. */
    public double unseen() {
        return estimate - observed;
    }

    @Override
    public double[] draws() {
        return draws.clone();
    }
}
