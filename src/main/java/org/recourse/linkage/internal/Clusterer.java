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
 * (greedy best-first assignment); then a record the assignment left alone may still join the
 * pair its link goes to when it duplicates that pair's record of its own file
 * ({@link #duplicatesJoin}).
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

    /**
     * A cluster number per record, numbered in record order from 0. {@code duplicatesShare}:
     * after a one-to-one assignment, a file's duplicates may share their partner
     * ({@link #duplicatesJoin}).
     */
    public int[] cluster(long[] pairs, float[] probability, double threshold, boolean oneToOne,
            boolean duplicatesShare) {
        int n = data.size();
        int[] parent = new int[n];
        List<int[]> members = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            members.add(new int[] {i});
        }
        long[] order = bestFirst(probability, threshold);
        for (long e : order) {
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
        if (oneToOne && duplicatesShare) {
            duplicatesJoin(pairs, order, parent, members);
        }
        return numbered(parent);
    }

    /**
     * After the one-to-one assignment, a record it left without a partner joins the group its
     * link goes to (links best first) when the model matches it with each group member of its
     * own file at least as surely as the surest link across the files in the group. Then one
     * file holds the entity twice: two records of one source share that source's figures and
     * spelling ("Venezuela" and "History of Venezuela", the same area), so they agree more
     * closely than either does with the other source, and both are the other file's record. A
     * record that is only a near relative of a matched pair (the same tutorial given at two
     * conferences, one of them in the other bibliography) agrees less with its file-mate than
     * the pair agree with each other, and stays alone; a record that found its own partner
     * keeps it.
     */
    private void duplicatesJoin(long[] pairs, long[] order, int[] parent, List<int[]> members) {
        for (long e : order) {
            int p = (int) e;
            int i = (int) (pairs[p] >>> 32);
            int j = (int) pairs[p];
            int a = find(parent, i);
            int b = find(parent, j);
            if (a == b) {
                continue;
            }
            if (members.get(a).length == 1 && joins(i, members.get(b))) {
                parent[a] = b;
                members.set(b, joined(members.get(b), i));
                members.set(a, null);
            } else if (members.get(b).length == 1 && joins(j, members.get(a))) {
                parent[b] = a;
                members.set(a, joined(members.get(a), j));
                members.set(b, null);
            }
        }
    }

    private boolean joins(int record, int[] group) {
        if (group.length < 2) {
            return false;
        }
        boolean left = record < data.leftSize();
        double weakestToOwnFile = Double.POSITIVE_INFINITY;
        double strongestAcross = Double.NEGATIVE_INFINITY;
        for (int m : group) {
            if ((m < data.leftSize()) == left) {
                weakestToOwnFile = Math.min(weakestToOwnFile, scorer.logOdds(record, m));
                for (int y : group) {
                    if ((y < data.leftSize()) != left) {
                        strongestAcross = Math.max(strongestAcross, scorer.logOdds(m, y));
                    }
                }
            }
        }
        return weakestToOwnFile >= strongestAcross;
    }

    private static int[] joined(int[] group, int record) {
        int[] out = Arrays.copyOf(group, group.length + 1);
        out[group.length] = record;
        return out;
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
