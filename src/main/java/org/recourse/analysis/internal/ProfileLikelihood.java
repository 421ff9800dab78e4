package org.recourse.analysis.internal;

/**
 * Profile-likelihood interval for the log of the unseen count (the intercept): the values whose
 * profile deviance exceeds the minimum by less than the 95% chi-square(1) quantile (Cormack
 * 1992; Rcapture's {@code closedpCI.t} does the same on N). Each profile point refits the other
 * coefficients with the intercept held as an offset.
 */
final class ProfileLikelihood {

    private static final double CHI2_95 = 3.841458820694124;
    private static final int MAX_STEPS = 60;

    private ProfileLikelihood() {
    }

    /** Bounds for the intercept; either may be infinite when the profile never rises enough. */
    static double[] interceptBounds(LogLinearModel model, CellData data, GlmFit fit) {
        double[][] rest = withoutIntercept(model.design());
        double target = fit.deviance() + CHI2_95;
        double b0 = fit.beta()[0];
        double step = Math.max(fit.standardError(0), 1e-3);
        return new double[] {bound(rest, data, b0, -step, target), bound(rest, data, b0, step, target)};
    }

    private static double bound(double[][] rest, CellData data, double b0, double step, double target) {
        double inside = b0;
        double outside = b0 + 2 * step;
        int widen = 0;
        while (profileDeviance(rest, data, outside) < target) {
            inside = outside;
            outside += 2 * step;
            if (++widen > 20) {
                return step < 0 ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            }
        }
        for (int i = 0; i < MAX_STEPS && Math.abs(outside - inside) > 1e-7; i++) {
            double mid = (inside + outside) / 2;
            if (profileDeviance(rest, data, mid) < target) {
                inside = mid;
            } else {
                outside = mid;
            }
        }
        return (inside + outside) / 2;
    }

    private static double profileDeviance(double[][] rest, CellData data, double b0) {
        double[] offset = new double[data.cells()];
        java.util.Arrays.fill(offset, b0);
        return PoissonIrls.fit(rest, data.counts(), offset).deviance();
    }

    private static double[][] withoutIntercept(double[][] x) {
        double[][] rest = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            rest[i] = java.util.Arrays.copyOfRange(x[i], 1, x[i].length);
        }
        return rest;
    }
}
