package org.recourse.analysis;

/**
 * How the LCMCR sampler runs. The model defaults are those of the LCMCR R package's
 * {@code lcmCR()}: K = 5 latent classes and a Gamma(0.25, 0.25) prior (shape, rate) on the
 * Dirichlet-process concentration. HRDAG's published Philippines estimates were made with these
 * defaults: their script does not set K, and LCMCR 0.4.3 with K = 5 and their seed reproduces the
 * published Manila and Caloocan unidentified figures exactly; K = 10 gives about 4% lower totals on Caloocan unidentified
 * (714, 622-874 against the published 745, 632-908). Published quantiles from few draws (HRDAG
 * kept 1,000) carry a Monte Carlo error of their own: keep at least 10,000 draws.
 *
 * @param classes    truncation level K of the stick-breaking prior
 * @param alphaShape shape a of the Gamma prior on the concentration alpha
 * @param alphaRate  rate b of that prior
 * @param seed       random seed; equal seeds give equal draws
 * @param burnIn     iterations discarded before the first kept draw
 * @param samples    draws kept
 * @param thinning   iterations per kept draw
 */
public record LcmcrSettings(int classes, double alphaShape, double alphaRate, long seed,
                            int burnIn, int samples, int thinning) {

    public LcmcrSettings {
        if (classes < 1 || classes > 100) {
            throw new IllegalArgumentException("the number of latent classes must lie between 1 and 100");
        }
        if (!(alphaShape > 0 && alphaRate > 0)) {
            throw new IllegalArgumentException("the Gamma prior needs a positive shape and rate");
        }
        if (burnIn < 0 || samples < 10 || thinning < 1) {
            throw new IllegalArgumentException("burn-in >= 0, samples >= 10 and thinning >= 1 are needed");
        }
    }

    /** K = 5, a = b = 0.25, burn-in 10,000, 10,000 draws thinned by 10. */
    public static LcmcrSettings defaults() {
        return new LcmcrSettings(5, 0.25, 0.25, 1L, 10_000, 10_000, 10);
    }

    public LcmcrSettings withSeed(long newSeed) {
        return new LcmcrSettings(classes, alphaShape, alphaRate, newSeed, burnIn, samples, thinning);
    }

    public LcmcrSettings withChain(int newBurnIn, int newSamples, int newThinning) {
        return new LcmcrSettings(classes, alphaShape, alphaRate, seed, newBurnIn, newSamples, newThinning);
    }

    public LcmcrSettings withClasses(int newClasses) {
        return new LcmcrSettings(newClasses, alphaShape, alphaRate, seed, burnIn, samples, thinning);
    }

    public long iterations() {
        return burnIn + (long) samples * thinning;
    }
}
