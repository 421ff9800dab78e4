package org.recourse.linkage.internal;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Estimates u, the level frequencies among non-matches, from uniformly drawn record pairs
 * (Splink's {@code estimate_u_using_random_sampling}); with one match per thousands of
 * random pairs the sample is non-matches for all practical purposes. Add-one smoothing keeps
 * every level possible.
 */
public final class RandomPairs {

    private RandomPairs() {
    }

    public static double[][] u(Dataset data, List<Comparison> comparisons, int samples, long seed) {
        double[][] counts = new double[comparisons.size()][];
        for (int f = 0; f < counts.length; f++) {
            counts[f] = new double[comparisons.get(f).levels()];
            java.util.Arrays.fill(counts[f], 1, counts[f].length, 1.0);
        }
        SplittableRandom random = new SplittableRandom(seed);
        int drawn = 0;
        for (int attempt = 0; drawn < samples && attempt < samples * 4; attempt++) {
            int i = random.nextInt(data.linkage() ? data.leftSize() : data.size());
            int j = data.linkage() ? data.leftSize() + random.nextInt(data.size() - data.leftSize())
                    : random.nextInt(data.size());
            if (!data.pairable(i, j)) {
                continue;
            }
            drawn++;
            for (int f = 0; f < counts.length; f++) {
                counts[f][comparisons.get(f).level(i, j)]++;
            }
        }
        for (double[] c : counts) {
            double sum = 0;
            for (int l = 1; l < c.length; l++) {
                sum += c[l];
            }
            c[0] = 0;
            for (int l = 1; l < c.length; l++) {
                c[l] /= sum;
            }
        }
        return counts;
    }
}
