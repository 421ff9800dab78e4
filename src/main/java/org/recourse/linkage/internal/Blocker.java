package org.recourse.linkage.internal;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns blocking rules into candidate pairs. A block larger than {@code maxBlock} records is
 * skipped: a value that common ("kim", "street") says little and would cost quadratic work;
 * the other rules are there to catch its true pairs. A windowed rule ({@link BlockingKey#window})
 * keeps such a block, sorted, and pairs each record with its next neighbours only.
 */
public final class Blocker {

    /** Pairs a rule would produce and the share of keyed records lost to oversized blocks. */
    public record Stats(long pairs, double dropped) {
    }

    private static final int SAMPLE = 200_000;
    private final Dataset data;
    private final int maxBlock;

    public Blocker(Dataset data, int maxBlock) {
        this.data = data;
        this.maxBlock = maxBlock;
    }

    /**
     * What a rule would produce, estimated on a uniform sample of at most {@link #SAMPLE}
     * records when there are more: a block of c sampled records stands for c/q records, and
     * c(c-1)/q^2 is an unbiased estimate of its ordered pairs under Bernoulli sampling at rate q.
     */
    public Stats stats(BlockingKey key) {
        double q = Math.min(1.0, SAMPLE / (double) data.size());
        Map<String, int[]> counts = new HashMap<>();
        for (int r = 0; r < data.size(); r++) {
            if (q < 1.0 && (mix(r) >>> 11) * 0x1.0p-53 >= q) {
                continue;
            }
            int side = data.linkage() && r >= data.leftSize() ? 1 : 0;
            for (String k : key.keys().apply(r)) {
                counts.computeIfAbsent(k, x -> new int[2])[side]++;
            }
        }
        double pairs = 0;
        long keyed = 0;
        long dropped = 0;
        for (int[] c : counts.values()) {
            int size = c[0] + c[1];
            keyed += size;
            if (size / q > maxBlock && key.window() > 0) {
                // about (size / q) (window - 1) neighbours, across files in the share c0 c1 / (size^2 / 2)
                double neighbours = size * (key.window() - 1.0) * q;
                pairs += data.linkage() ? neighbours * 2.0 * c[0] * c[1] / ((double) size * size) : neighbours;
            } else if (size / q > maxBlock) {
                dropped += size;
            } else {
                pairs += data.linkage() ? (double) c[0] * c[1] : size * (size - 1) / 2.0;
            }
        }
        return new Stats(Math.round(pairs / (q * q)), keyed == 0 ? 1.0 : dropped / (double) keyed);
    }

    /** SplitMix64 finaliser: a fixed pseudo-random sample that does not follow record order. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** Distinct candidate pairs of all rules, each encoded {@code i << 32 | j} with {@code i < j}, sorted. */
    public long[] pairs(List<BlockingKey> rules) {
        return candidates(rules, null).pairs();
    }

    /** The candidate pairs, sorted as {@link #pairs}, and for each the index of the first rule that made it (rules past the eighth share index 7). */
    public record Candidates(long[] pairs, byte[] rules) {
    }

    /**
     * As {@link #pairs(List)}, remembering which rule brought each pair; in a linkage, the pairs
     * the same blocks make within each file are also added to {@code withinFiles} when it is not
     * null (what the rules would give if both files were one to deduplicate, less the pairs
     * across files), so the one-to-one check does not block a second time.
     */
    Candidates candidates(List<BlockingKey> rules, LongHashSet withinFiles) {
        if (data.size() >= 1 << 28) {
            throw new IllegalArgumentException("linkage handles fewer than 268,435,456 records");
        }
        LongHashSet within = data.linkage() ? withinFiles : null;
        LongHashSet set = new LongHashSet();
        long[] tagged = new long[1024];
        int n = 0;
        for (int r = 0; r < rules.size(); r++) {
            int tag = Math.min(r, 7);
            BlockingKey rule = rules.get(r);
            for (int[] block : blocks(rule)) {
                int size = block[0];
                // a block over the cap is left only by a windowed rule, sorted: next neighbours only
                int reach = size > maxBlock ? rule.window() - 1 : size;
                for (int a = 1; a <= size; a++) {
                    int last = Math.min(size, a + reach);
                    for (int b = a + 1; b <= last; b++) {
                        int i = block[a];
                        int j = block[b];
                        long pair = ((long) Math.min(i, j) << 32) | Math.max(i, j);
                        if (!data.pairable(i, j)) {
                            if (within != null && i != j) {
                                within.add(pair);
                            }
                        } else if (set.add(pair)) {
                            if (n == tagged.length) {
                                tagged = Arrays.copyOf(tagged, n * 2);
                            }
                            tagged[n++] = pair << 3 | tag;
                        }
                    }
                }
            }
        }
        Arrays.sort(tagged, 0, n);
        long[] pairs = new long[n];
        byte[] rule = new byte[n];
        for (int k = 0; k < n; k++) {
            pairs[k] = tagged[k] >>> 3;
            rule[k] = (byte) (tagged[k] & 7);
        }
        return new Candidates(pairs, rule);
    }

    /**
     * The blocks of a rule, each {@code [size, record...]}. Without a window a block stops
     * growing past the cap and is dropped; with one it keeps every member and, when over the
     * cap, is sorted by the value of the rule's first field, then of the others (see {@link #order}).
     */
    Iterable<int[]> blocks(BlockingKey rule) {
        boolean windowed = rule.window() > 0;
        int cap = windowed ? Integer.MAX_VALUE - 8 : maxBlock + 2;
        Map<String, int[]> members = new HashMap<>();
        for (int r = 0; r < data.size(); r++) {
            for (String k : rule.keys().apply(r)) {
                int[] list = members.get(k);
                if (list == null) {
                    members.put(k, new int[] {1, r});
                } else if (windowed || list[0] <= maxBlock) {
                    if (list[0] + 1 == list.length) {
                        list = Arrays.copyOf(list, (int) Math.min(list.length * 2L, cap));
                        members.put(k, list);
                    }
                    list[++list[0]] = r;
                }
            }
        }
        members.values().removeIf(l -> l[0] < 2 || !windowed && l[0] > maxBlock);
        if (windowed) {
            Comparator<Integer> order = order(rule);
            for (int[] block : members.values()) {
                if (block[0] > maxBlock) {
                    sort(block, order);
                }
            }
        }
        return members.values();
    }

    /** By the value of the rule's first field, then of the other fields in their order, then by record. */
    private Comparator<Integer> order(BlockingKey rule) {
        Comparator<String> values = Comparator.nullsLast(Comparator.naturalOrder());
        String[] first = data.column(rule.field());
        Comparator<Integer> order = Comparator.comparing((Integer r) -> first[r], values);
        for (String field : data.fields()) {
            if (!field.equals(rule.field())) {
                String[] column = data.column(field);
                order = order.thenComparing((Integer r) -> column[r], values);
            }
        }
        return order.thenComparingInt(r -> r);
    }

    private static void sort(int[] block, Comparator<Integer> order) {
        Integer[] records = new Integer[block[0]];
        for (int k = 0; k < records.length; k++) {
            records[k] = block[k + 1];
        }
        Arrays.sort(records, order);
        for (int k = 0; k < records.length; k++) {
            block[k + 1] = records[k];
        }
    }
}
