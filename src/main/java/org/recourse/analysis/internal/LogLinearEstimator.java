package org.recourse.analysis.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.recourse.analysis.CaptureTable;
import org.recourse.analysis.Interval;
import org.recourse.analysis.LogLinearSettings;
import org.recourse.analysis.MseMethod;
import org.recourse.analysis.MseResult;

/**
 * The log-linear estimate of one table: select the model, then the total is the documented count
 * plus exp(intercept). The main interval is Wald on the log scale (as in Silverman 2014), with
 * the profile-likelihood and, when asked, the bootstrap interval beside it.
 */
public final class LogLinearEstimator {

    private static final double Z95 = 1.959963984540054;

    private LogLinearEstimator() {
    }

    public static MseResult estimate(CaptureTable table, LogLinearSettings settings) {
        CellData data = CellData.of(table);
        TableWarnings.requireOverlapsForLogLinear(data, table.name());
        List<String> warnings = new ArrayList<>(TableWarnings.of(data));
        StepwiseSelection.Selected selected = settings.mainEffectsOnly()
                ? new StepwiseSelection.Selected(LogLinearModel.mainEffects(data.listCount()),
                        LogLinearModel.mainEffects(data.listCount()).fit(data))
                : StepwiseSelection.choose(data, settings.pThreshold(), settings.criterion());
        GlmFit fit = selected.fit();
        warnings.addAll(fitWarnings(fit, selected.model(), data));
        long n = table.observed();
        double b0 = fit.beta()[0];
        double se = fit.standardError(0);
        List<Interval> intervals = new ArrayList<>();
        intervals.add(new Interval("wald", n + Math.exp(b0 - Z95 * se), n + Math.exp(b0 + Z95 * se)));
        double[] profile = ProfileLikelihood.interceptBounds(selected.model(), data, fit);
        intervals.add(new Interval("profile", n + Math.exp(profile[0]), n + Math.exp(profile[1])));
        if (settings.bootstrapReplicates() > 0) {
            bootstrap(data, settings, intervals, warnings);
        }
        return new MseResult(table.name(), MseMethod.LOGLINEAR, n, n + Math.exp(b0), intervals.get(0),
                OptionalDouble.empty(), selected.model().termNames(data), intervals,
                statistics(fit, data, b0, se), warnings, List.of(), new double[0]);
    }

    private static void bootstrap(CellData data, LogLinearSettings settings, List<Interval> intervals,
                                  List<String> warnings) {
        SelectionBootstrap.Outcome boot = SelectionBootstrap.run(data, settings.pThreshold(), settings.criterion(),
                settings.bootstrapReplicates(), settings.seed());
        if (boot.used() > 0) {
            intervals.add(new Interval("bootstrap", boot.lower(), boot.upper()));
        }
        if (boot.dropped() > 0) {
            warnings.add(boot.dropped() + " of " + settings.bootstrapReplicates()
                    + " bootstrap replicates gave no finite estimate and were dropped");
        }
    }

    private static Map<String, Double> statistics(GlmFit fit, CellData data, double b0, double se) {
        Map<String, Double> s = new LinkedHashMap<>();
        s.put("logUnseen", b0);
        s.put("logUnseenSe", se);
        s.put("deviance", fit.deviance());
        s.put("degreesOfFreedom", (double) (data.cells() - fit.parameters()));
        s.put("aic", fit.aic());
        s.put("bic", fit.bic(data.observed()));
        return s;
    }

    private static List<String> fitWarnings(GlmFit fit, LogLinearModel model, CellData data) {
        List<String> warnings = new ArrayList<>();
        if (!fit.converged()) {
            warnings.add("the model fit did not converge: the table may not identify this model");
        }
        List<String> names = model.termNames(data);
        for (int t = 0; t < names.size(); t++) {
            int column = 1 + data.listCount() + t;
            if (fit.standardError(column) > 5) {
                warnings.add("the interaction " + names.get(t) + " is barely identified (standard error "
                        + String.format(java.util.Locale.ROOT, "%.1f", fit.standardError(column)) + ")");
            }
        }
        if (fit.standardError(0) > 1) {
            warnings.add("the number unseen is poorly determined (log-scale standard error above 1)");
        }
        return warnings;
    }
}
