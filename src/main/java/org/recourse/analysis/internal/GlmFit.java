package org.recourse.analysis.internal;

/**
 * A fitted Poisson log-linear model.
 *
 * @param beta       coefficients, design column order
 * @param covariance inverse Fisher information at the estimate
 * @param deviance   residual deviance
 * @param logLik     Poisson log-likelihood (with the log y! constant, as R reports it)
 * @param fitted     fitted mean per cell
 * @param converged  whether IRLS met its tolerance
 */
record GlmFit(double[] beta, double[][] covariance, double deviance, double logLik, double[] fitted, boolean converged) {

    double standardError(int column) {
        return Math.sqrt(covariance[column][column]);
    }

    int parameters() {
        return beta.length;
    }

    double aic() {
        return -2 * logLik + 2 * parameters();
    }

    /** BIC with the number of documented cases as sample size, as Rcapture counts it. */
    double bic(double observed) {
        return -2 * logLik + Math.log(observed) * parameters();
    }

    /** Two-sided p-value of the Wald z-test that a coefficient is zero. */
    double waldPValue(int column) {
        double z = Math.abs(beta[column] / standardError(column));
        return 2 * (1 - new org.apache.commons.math3.distribution.NormalDistribution().cumulativeProbability(z));
    }
}
