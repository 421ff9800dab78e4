package org.recourse.analysis.internal;

/**
 * Solves symmetric positive-definite systems by Cholesky factorisation. Plain arrays: the systems
 * are small (at most a few hundred parameters) and solved thousands of times during selection.
 * A non-positive pivot (a column the data cannot identify) is treated as a tiny positive one so
 * that the coefficient stays finite and its huge standard error shows the problem.
 */
final class Cholesky {

    private static final double PIVOT_FLOOR = 1e-12;

    private Cholesky() {
    }

    static double[][] factor(double[][] a) {
        int n = a.length;
        double[][] l = new double[n][n];
        for (int j = 0; j < n; j++) {
            double d = a[j][j];
            for (int k = 0; k < j; k++) {
                d -= l[j][k] * l[j][k];
            }
            double scale = Math.max(a[j][j], 1.0);
            l[j][j] = Math.sqrt(Math.max(d, PIVOT_FLOOR * scale));
            for (int i = j + 1; i < n; i++) {
                double s = a[i][j];
                for (int k = 0; k < j; k++) {
                    s -= l[i][k] * l[j][k];
                }
                l[i][j] = s / l[j][j];
            }
        }
        return l;
    }

    static double[] solve(double[][] a, double[] b) {
        return solveFactored(factor(a), b);
    }

    static double[] solveFactored(double[][] l, double[] b) {
        int n = b.length;
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double s = b[i];
            for (int k = 0; k < i; k++) {
                s -= l[i][k] * y[k];
            }
            y[i] = s / l[i][i];
        }
        double[] x = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double s = y[i];
            for (int k = i + 1; k < n; k++) {
                s -= l[k][i] * x[k];
            }
            x[i] = s / l[i][i];
        }
        return x;
    }

    static double[][] inverse(double[][] a) {
        int n = a.length;
        double[][] l = factor(a);
        double[][] inv = new double[n][];
        for (int c = 0; c < n; c++) {
            double[] e = new double[n];
            e[c] = 1;
            inv[c] = solveFactored(l, e);
        }
        return inv;
    }
}
