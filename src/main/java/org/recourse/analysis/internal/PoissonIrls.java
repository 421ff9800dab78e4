package org.recourse.analysis.internal;

/**
 * Poisson regression with log link, fitted by iteratively reweighted least squares
 * (McCullagh and Nelder 1989, section 2.5), as R's {@code glm(family = poisson)} does: start at
 * {@code mu = y + 0.1}, stop when the relative change of deviance falls below 1e-10.
 */
final class PoissonIrls {

    private static final int MAX_ITERATIONS = 100;
    private static final double TOLERANCE = 1e-10;

    private PoissonIrls() {
    }

    /**
     * @param x      design, one row per cell
     * @param y      counts per cell
     * @param offset fixed part of the linear predictor per cell (zeros for none)
     */
    static GlmFit fit(double[][] x, double[] y, double[] offset) {
        int n = y.length;
        int p = x[0].length;
        double[] mu = new double[n];
        double[] eta = new double[n];
        for (int i = 0; i < n; i++) {
            mu[i] = y[i] + 0.1;
            eta[i] = Math.log(mu[i]);
        }
        double deviance = deviance(y, mu);
        double[] beta = new double[p];
        double[][] information = new double[p][p];
        boolean converged = false;
        for (int iter = 0; iter < MAX_ITERATIONS && !converged; iter++) {
            double[] score = new double[p];
            clear(information);
            for (int i = 0; i < n; i++) {
                double z = eta[i] - offset[i] + (y[i] - mu[i]) / mu[i];
                accumulate(x[i], mu[i], z, information, score);
            }
            beta = Cholesky.solve(information, score);
            for (int i = 0; i < n; i++) {
                eta[i] = offset[i] + dot(x[i], beta);
                mu[i] = Math.exp(eta[i]);
            }
            double next = deviance(y, mu);
            converged = Math.abs(next - deviance) / (Math.abs(next) + 0.1) < TOLERANCE;
            deviance = next;
        }
        clear(information);
        for (int i = 0; i < n; i++) {
            accumulate(x[i], mu[i], 0, information, new double[p]);
        }
        return new GlmFit(beta, Cholesky.inverse(information), deviance, logLikelihood(y, mu), mu, converged);
    }

    /** Adds one cell's weight {@code w x x'} to the information and {@code w z x} to the score. */
    private static void accumulate(double[] xi, double w, double z, double[][] information, double[] score) {
        int p = xi.length;
        for (int a = 0; a < p; a++) {
            if (xi[a] == 0) {
                continue;
            }
            double wa = w * xi[a];
            score[a] += wa * z;
            for (int b = 0; b <= a; b++) {
                information[a][b] += wa * xi[b];
            }
        }
        for (int a = 0; a < p; a++) {
            for (int b = a + 1; b < p; b++) {
                information[a][b] = information[b][a];
            }
        }
    }

    static double deviance(double[] y, double[] mu) {
        double d = 0;
        for (int i = 0; i < y.length; i++) {
            d += (y[i] > 0 ? y[i] * Math.log(y[i] / mu[i]) : 0) - (y[i] - mu[i]);
        }
        return 2 * d;
    }

    static double logLikelihood(double[] y, double[] mu) {
        double l = 0;
        for (int i = 0; i < y.length; i++) {
            l += (y[i] > 0 ? y[i] * Math.log(mu[i]) : 0) - mu[i] - org.apache.commons.math3.special.Gamma.logGamma(y[i] + 1);
        }
        return l;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static void clear(double[][] m) {
        for (double[] row : m) {
            java.util.Arrays.fill(row, 0);
        }
    }
}
