/**
 * Multiple systems estimation and other statistics: how many victims or incidents no list
 * recorded, estimated from the overlaps between lists (capture-recapture). Two methods: Poisson
 * log-linear models chosen stepwise (Bales, Hesketh and Silverman; Silverman 2014) and the
 * Bayesian latent-class model LCMCR (Manrique-Vallier 2016). The API is
 * {@link org.recourse.analysis.MultipleSystemsEstimation} and its records; the algorithms live
 * in {@code internal}. Pure computation: no storage, no Spring beans besides the service.
 * Depends only on {@code org.recourse.shared}.
 */
package org.recourse.analysis;
