package org.recourse.analysis.internal;

import java.util.SplittableRandom;
import org.apache.commons.math3.special.Gamma;

/**
 * The random variates the LCMCR sampler needs, on a seeded {@link SplittableRandom}: Gamma by
 * Marsaglia and Tsang (2000), its logarithm for small shapes (Liu, Martin and Syring 2017 boost:
 * G(a) = G(a + 1) U^(1/a)), Poisson by Hörmann's PTRS (1993) and the negative binomial as a
 * Gamma-Poisson mixture.
 */
final class RandomVariates {

    private final SplittableRandom random;

    RandomVariates(long seed) {
        this.random = new SplittableRandom(seed);
    }

    double uniform() {
        return random.nextDouble();
    }

    /** Gamma(shape, 1) for shape >= 1. */
    double gamma(double shape) {
        if (shape < 1) {
            return Math.exp(logGamma(shape));
        }
        double d = shape - 1.0 / 3.0;
        double c = 1.0 / Math.sqrt(9 * d);
        while (true) {
            double x = random.nextGaussian();
            double v = 1 + c * x;
            if (v <= 0) {
                continue;
            }
            v = v * v * v;
            double u = random.nextDouble();
            double x2 = x * x;
            if (u < 1 - 0.0331 * x2 * x2 || Math.log(u) < 0.5 * x2 + d * (1 - v + Math.log(v))) {
                return d * v;
            }
        }
    }

    /** log of a Gamma(shape, 1) draw, exact even when the draw itself would underflow. */
    double logGamma(double shape) {
        if (shape >= 1) {
            return Math.log(gamma(shape));
        }
        double u = 1 - random.nextDouble();
        return Math.log(gamma(shape + 1)) + Math.log(u) / shape;
    }

    /** Poisson(mean). */
    long poisson(double mean) {
        if (mean < 10) {
            double limit = Math.exp(-mean);
            double p = random.nextDouble();
            long k = 0;
            while (p > limit) {
                p *= random.nextDouble();
                k++;
            }
            return k;
        }
        return ptrs(mean);
    }

    private long ptrs(double mean) {
        double slam = Math.sqrt(mean);
        double logMean = Math.log(mean);
        double b = 0.931 + 2.53 * slam;
        double a = -0.059 + 0.02483 * b;
        double invAlpha = 1.1239 + 1.1328 / (b - 3.4);
        double vr = 0.9277 - 3.6224 / (b - 2);
        while (true) {
            double u = random.nextDouble() - 0.5;
            double v = random.nextDouble();
            double us = 0.5 - Math.abs(u);
            long k = (long) Math.floor((2 * a / us + b) * u + mean + 0.43);
            if (us >= 0.07 && v <= vr) {
                return k;
            }
            if (k < 0 || (us < 0.013 && v > us)) {
                continue;
            }
            double lhs = Math.log(v) + Math.log(invAlpha) - Math.log(a / (us * us) + b);
            if (lhs <= -mean + k * logMean - Gamma.logGamma(k + 1.0)) {
                return k;
            }
        }
    }

    /** Failures before {@code successes} successes, each trial succeeding with probability p. */
    long negativeBinomial(double successes, double p) {
        double mean = gamma(successes) * (1 - p) / p;
        return poisson(mean);
    }
}
