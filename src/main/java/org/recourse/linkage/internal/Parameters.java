package org.recourse.linkage.internal;

/**
 * Fellegi-Sunter parameters: {@code m[f][l]} = P(level l on field f | match), {@code u[f][l]}
 * = P(level l | non-match), level 0 (missing) unused; {@code lambda} the share of matches
 * among candidate pairs; {@code priorLogOdds} the log odds of a match for a pair drawn from
 * all possible pairs, which is what scoring starts from when u comes from random pairs.
 */
public record Parameters(double[][] m, double[][] u, double lambda, double priorLogOdds, int iterations) {

    /** Natural-log Bayes factor of a level without term-frequency adjustment. */
    public double weight(int field, int level) {
        return level == 0 ? 0.0 : Math.log(m[field][level] / u[field][level]);
    }
}
