package org.recourse.analysis;

/**
 * How the log-linear estimate is made.
 *
 * @param pThreshold          stepwise selection stops when the new term's Wald p-value exceeds this
 * @param criterion           {@code aic} (the stepwise method of Silverman 2014) or {@code bic}
 *                            (forward selection while BIC improves)
 * @param mainEffectsOnly     fit the independence model, no interactions
 * @param bootstrapReplicates resamples for the bootstrap interval that redoes selection; 0 for none
 * @param seed                seed of the bootstrap
 */
public record LogLinearSettings(double pThreshold, String criterion, boolean mainEffectsOnly,
                                int bootstrapReplicates, long seed) {

    public LogLinearSettings {
        if (!(pThreshold > 0 && pThreshold < 1)) {
            throw new IllegalArgumentException("the p-value threshold must lie between 0 and 1");
        }
        if (!criterion.equals("aic") && !criterion.equals("bic")) {
            throw new IllegalArgumentException("the criterion is aic or bic");
        }
        if (bootstrapReplicates < 0) {
            throw new IllegalArgumentException("bootstrap replicates cannot be negative");
        }
    }

    /** Silverman's settings: AIC stepwise, threshold 0.05, no bootstrap. */
    public static LogLinearSettings defaults() {
        return new LogLinearSettings(0.05, "aic", false, 0, 1L);
    }

    public LogLinearSettings withBootstrap(int replicates, long newSeed) {
        return new LogLinearSettings(pThreshold, criterion, mainEffectsOnly, replicates, newSeed);
    }

    public LogLinearSettings withMainEffectsOnly() {
        return new LogLinearSettings(pThreshold, criterion, true, bootstrapReplicates, seed);
    }

    public LogLinearSettings withCriterion(String newCriterion) {
        return new LogLinearSettings(pThreshold, newCriterion, mainEffectsOnly, bootstrapReplicates, seed);
    }
}
