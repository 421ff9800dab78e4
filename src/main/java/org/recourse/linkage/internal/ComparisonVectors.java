package org.recourse.linkage.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The comparison vector (one level per field) of every candidate pair, computed in parallel,
 * and its histogram of distinct patterns, on which EM runs (the number of distinct patterns
 * is small however many pairs there are).
 */
public final class ComparisonVectors {

    private final Comparison[] fields;
    private final byte[] levels;
    private final int width;

    public ComparisonVectors(List<Comparison> comparisons, long[] pairs) {
        this.fields = comparisons.toArray(Comparison[]::new);
        this.width = comparisons.size();
        this.levels = new byte[pairs.length * width];
        IntStream.range(0, (pairs.length + 4095) / 4096).parallel().forEach(chunk -> {
            int end = Math.min(pairs.length, (chunk + 1) * 4096);
            for (int p = chunk * 4096; p < end; p++) {
                fill(p, (int) (pairs[p] >>> 32), (int) pairs[p]);
            }
        });
    }

    private void fill(int p, int i, int j) {
        int base = p * width;
        for (int f = 0; f < width; f++) {
            levels[base + f] = (byte) fields[f].level(i, j);
        }
    }

    public int level(int pair, int field) {
        return levels[pair * width + field];
    }

    public int pairs() {
        return levels.length / Math.max(1, width);
    }

    /**
     * Pattern counts per blocking rule, on which EM runs: each key is the levels of one
     * pattern, in field order; {@code counts[r]} pairs of it came from rule r ({@code rules[p]}).
     */
    public Map<Pattern, long[]> histogram(byte[] rules, int ruleCount) {
        Map<Pattern, long[]> counts = new HashMap<>();
        for (int p = 0; p < pairs(); p++) {
            byte[] v = java.util.Arrays.copyOfRange(levels, p * width, (p + 1) * width);
            counts.computeIfAbsent(new Pattern(v), k -> new long[ruleCount])[rules[p]]++;
        }
        return counts;
    }

    /** One comparison vector, usable as a map key. */
    public record Pattern(byte[] levels) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Pattern p && java.util.Arrays.equals(levels, p.levels);
        }

        @Override
        public int hashCode() {
            return java.util.Arrays.hashCode(levels);
        }

        @Override
        public String toString() {
            return java.util.Arrays.toString(levels);
        }
    }
}
