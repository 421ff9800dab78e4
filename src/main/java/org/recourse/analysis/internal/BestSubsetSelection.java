package org.recourse.analysis.internal;

import java.util.List;

/**
 * Model choice by BIC over every set of identifiable two-way interactions, when there are few
 * enough of them to try all (at most 2^10 models); beyond that, forward selection by BIC. BIC
 * uses the number of documented cases as its sample size, as Rcapture does.
 */
final class BestSubsetSelection {

    private static final int MAX_EXHAUSTIVE_TERMS = 10;

    private BestSubsetSelection() {
    }

    static StepwiseSelection.Selected select(CellData data) {
        List<Interaction> candidates = StepwiseSelection.identifiableInteractions(data);
        if (candidates.size() > MAX_EXHAUSTIVE_TERMS) {
            return StepwiseSelection.select(data, 1.0, "bic");
        }
        LogLinearModel bestModel = LogLinearModel.mainEffects(data.listCount());
        GlmFit bestFit = bestModel.fit(data);
        double best = bestFit.bic(data.observed());
        for (int subset = 1; subset < 1 << candidates.size(); subset++) {
            LogLinearModel model = LogLinearModel.mainEffects(data.listCount());
            for (int t = 0; t < candidates.size(); t++) {
                if ((subset >> t & 1) == 1) {
                    model = model.with(candidates.get(t));
                }
            }
            GlmFit fit = model.fit(data);
            double bic = fit.bic(data.observed());
            if (fit.converged() && bic < best) {
                best = bic;
                bestModel = model;
                bestFit = fit;
            }
        }
        return new StepwiseSelection.Selected(bestModel, bestFit);
    }
}
