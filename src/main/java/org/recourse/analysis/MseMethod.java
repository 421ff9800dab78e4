package org.recourse.analysis;

/** The estimation methods this module offers. */
public enum MseMethod {
    /** Poisson log-linear model, interactions chosen stepwise (Silverman 2014). */
    LOGLINEAR,
    /** Bayesian latent-class model with a Dirichlet-process prior (Manrique-Vallier 2016). */
    LCMCR
}
