package org.recourse.linkage.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Groups matched pairs into entities. Pairs are taken best first (as in single-linkage
 * clustering with union-find), but two groups of several records are joined only when the
 * mean match probability over all pairs across them reaches {@code groupThreshold}
 * (an average-linkage check), which stops one doubtful pair from chaining two people into
 * one. With {@code oneToOne} each record of one file is matched to at most one of the other
 * (greedy best-first assignment).
 */
public final class Clusterer {

    private static final int MAX_CROSS_CHECKS = 2500;
    private final Dataset data;
    private final Scorer scorer;
    private final double groupThreshold;

    public Clusterer(Dataset data, Scorer scorer, double groupThreshold) {
        this.data = data;
        this.scorer = scorer;
        this.groupThreshold = groupThreshold;
    }

    /** A cluster number per record, numbered in record order from 0. */
    public int[] cluster(long[] pairs, float[] probability, double threshold, boolean oneToOne) {
        int n = data.size();
        int[] parent = new int[n];
        List<int[]> members = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            members.add(new int[] {i});
        }
        for (long e : bestFirst(probability, threshold)) {
            int p = (int) e;
            int a = find(parent, (int) (pairs[p] >>> 32));
            int b = find(parent, (int) pairs[p]);
            if (a == b || !acceptable(members.get(a), members.get(b), oneToOne)) {
                continue;
            }
            int[] joined = Arrays.copyOf(members.get(a), members.get(a).length + members.get(b).length);
            System.arraycopy(members.get(b), 0, joined, members.get(a).length, members.get(b).length);
            parent[b] = a;
            members.set(a, joined);
            members.set(b, null);
        }
        return numbered(parent);
    }

    private boolean acceptable(int[] x, int[] y, boolean oneToOne) {
        if (oneToOne) {
            return x.length == 1 && y.length == 1;
        }
        if (x.length == 1 && y.length == 1) {
            return true;
        }
        double sum = 0;
        int count = 0;
        for (int i : x) {
            for (int j : y) {
                if (count >= MAX_CROSS_CHECKS) {
                    break;
                }
                if (data.pairable(i, j)) {
                    sum += scorer.probability(i, j);
                    count++;
                }
            }
        }
        return count == 0 || sum / count >= groupThreshold;
    }

    private static long[] bestFirst(float[] probability, double threshold) {
        long[] keys = new long[probability.length];
        int k = 0;
        for (int p = 0; p < probability.length; p++) {
            if (probability[p] >= threshold) {
                long rank = Integer.MAX_VALUE - Float.floatToIntBits(probability[p]);
                keys[k++] = (rank << 32) | p;
            }
        }
        long[] out = Arrays.copyOf(keys, k);
        Arrays.sort(out);
        for (int i = 0; i < out.length; i++) {
            out[i] &= 0xFFFFFFFFL;
        }
        return out;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static int[] numbered(int[] parent) {
        int[] label = new int[parent.length];
        int[] byRoot = new int[parent.length];
        Arrays.fill(byRoot, -1);
        int next = 0;
        for (int i = 0; i < parent.length; i++) {
            int r = find(parent, i);
            if (byRoot[r] < 0) {
                byRoot[r] = next++;
            }
            label[i] = byRoot[r];
        }
        return label;
    }
}
