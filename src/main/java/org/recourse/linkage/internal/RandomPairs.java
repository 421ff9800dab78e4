package org.recourse.linkage.internal;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

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
        long[] pairs = draw(data, samples, seed);
        int chunks = (pairs.length + 4095) / 4096;
        // Level counts per chunk in parallel, summed in chunk order: whole numbers, so the
        // result is the same as counting in one thread.
        long[][][] partial = new long[chunks][][];
        IntStream.range(0, chunks).parallel().forEach(chunk -> {
            long[][] c = new long[comparisons.size()][];
            for (int f = 0; f < c.length; f++) {
                c[f] = new long[comparisons.get(f).levels()];
            }
            int end = Math.min(pairs.length, (chunk + 1) * 4096);
            for (int p = chunk * 4096; p < end; p++) {
                int i = (int) (pairs[p] >>> 32);
                int j = (int) pairs[p];
                for (int f = 0; f < c.length; f++) {
                    c[f][comparisons.get(f).level(i, j)]++;
                }
            }
            partial[chunk] = c;
        });
        double[][] counts = new double[comparisons.size()][];
        for (int f = 0; f < counts.length; f++) {
            counts[f] = new double[comparisons.get(f).levels()];
            java.util.Arrays.fill(counts[f], 1, counts[f].length, 1.0);
            for (long[][] c : partial) {
                for (int l = 0; l < counts[f].length; l++) {
                    counts[f][l] += c[f][l];
                }
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

    /** The pairs, drawn in one thread from the seed so that every run draws the same ones. */
    private static long[] draw(Dataset data, int samples, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        long[] pairs = new long[samples];
        int drawn = 0;
        for (int attempt = 0; drawn < samples && attempt < samples * 4; attempt++) {
            int i = random.nextInt(data.linkage() ? data.leftSize() : data.size());
            int j = data.linkage() ? data.leftSize() + random.nextInt(data.size() - data.leftSize())
                    : random.nextInt(data.size());
            if (data.pairable(i, j)) {
                pairs[drawn++] = ((long) i << 32) | (j & 0xFFFFFFFFL);
            }
        }
        return java.util.Arrays.copyOf(pairs, drawn);
    }
}
