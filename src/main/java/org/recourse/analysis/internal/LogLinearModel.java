package org.recourse.analysis.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A hierarchical Poisson log-linear model for capture-recapture (Fienberg 1972): intercept, one
 * main effect per list and chosen two-way interactions, on 0/1 coding. The all-zero cell has
 * every indicator 0, so the intercept is the log of the expected number of unseen cases.
 */
record LogLinearModel(int lists, List<Interaction> interactions) {

    LogLinearModel {
        interactions = List.copyOf(interactions);
    }

    static LogLinearModel mainEffects(int lists) {
        return new LogLinearModel(lists, List.of());
    }

    LogLinearModel with(Interaction term) {
        List<Interaction> more = new ArrayList<>(interactions);
        more.add(term);
        return new LogLinearModel(lists, more);
    }

    boolean contains(Interaction term) {
        return interactions.contains(term);
    }

    int columns() {
        return 1 + lists + interactions.size();
    }

    /** Design matrix over all observable cells, column order: intercept, mains, interactions. */
    double[][] design() {
        int cells = (1 << lists) - 1;
        double[][] x = new double[cells][columns()];
        for (int i = 0; i < cells; i++) {
            int mask = CellData.mask(i);
            x[i][0] = 1;
            for (int j = 0; j < lists; j++) {
                x[i][1 + j] = mask >> j & 1;
            }
            for (int t = 0; t < interactions.size(); t++) {
                int m = interactions.get(t).mask();
                x[i][1 + lists + t] = (mask & m) == m ? 1 : 0;
            }
        }
        return x;
    }

    GlmFit fit(CellData data) {
        return PoissonIrls.fit(design(), data.counts(), new double[data.cells()]);
    }

    List<String> termNames(CellData data) {
        return interactions.stream().map(data::name).toList();
    }
}
