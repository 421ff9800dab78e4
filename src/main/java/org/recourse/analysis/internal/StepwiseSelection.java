package org.recourse.analysis.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Forward selection of two-way interactions as in Bales, Hesketh and Silverman (2015) and
 * Silverman (2014), after {@code MSEfit} in the modslavmse R package: start with main effects;
 * at each step fit every interaction not yet in the model and take the one with the lowest AIC
 * (the first, on ties); stop when no term lowers the AIC or when the Wald p-value of the new
 * term's coefficient exceeds the threshold. Interactions of lists that never overlap are left
 * out: their coefficient would run to minus infinity. With BIC (used when there are too many
 * terms for {@link BestSubsetSelection}) the rule is the same without the p-value test.
 */
final class StepwiseSelection {

    private StepwiseSelection() {
    }

    record Selected(LogLinearModel model, GlmFit fit) {
    }

    /** Silverman's AIC stepwise rule, or the best model by BIC (see {@link BestSubsetSelection}). */
    static Selected choose(CellData data, double pThreshold, String criterion) {
        return criterion.equals("bic") ? BestSubsetSelection.select(data) : select(data, pThreshold, "aic");
    }

    static Selected select(CellData data, double pThreshold, String criterion) {
        List<Interaction> candidates = identifiableInteractions(data);
        LogLinearModel model = LogLinearModel.mainEffects(data.listCount());
        GlmFit fit = model.fit(data);
        double best = score(fit, data, criterion);
        while (true) {
            LogLinearModel bestModel = null;
            GlmFit bestFit = null;
            for (Interaction term : candidates) {
                if (model.contains(term)) {
                    continue;
                }
                LogLinearModel trial = model.with(term);
                GlmFit trialFit = trial.fit(data);
                double s = score(trialFit, data, criterion);
                if (s < best) {
                    best = s;
                    bestModel = trial;
                    bestFit = trialFit;
                }
            }
            if (bestModel == null) {
                return new Selected(model, fit);
            }
            if (criterion.equals("aic") && bestFit.waldPValue(bestFit.parameters() - 1) > pThreshold) {
                return new Selected(model, fit);
            }
            model = bestModel;
            fit = bestFit;
        }
    }

    static List<Interaction> identifiableInteractions(CellData data) {
        List<Interaction> terms = new ArrayList<>();
        for (int a = 0; a < data.listCount(); a++) {
            for (int b = a + 1; b < data.listCount(); b++) {
                Interaction term = new Interaction(a, b);
                if (data.overlap(term) > 0) {
                    terms.add(term);
                }
            }
        }
        return terms;
    }

    private static double score(GlmFit fit, CellData data, String criterion) {
        return criterion.equals("bic") ? fit.bic(data.observed()) : fit.aic();
    }
}
