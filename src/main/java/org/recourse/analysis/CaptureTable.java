package org.recourse.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which lists documented how many cases: the input of multiple systems estimation. A pattern
 * that is absent has count 0; the all-zero pattern (documented by no list) is what is estimated.
 *
 * @param name      a label for reports, such as the file name or the stratum
 * @param lists     list names, in column order (2 to 20 lists)
 * @param histories observed patterns, each at most once
 */
public record CaptureTable(String name, List<String> lists, List<CaptureHistory> histories) {

    public static final int MAX_LISTS = 20;

    public CaptureTable {
        lists = List.copyOf(lists);
        histories = List.copyOf(histories);
        if (lists.size() < 2) {
            throw new IllegalArgumentException("estimation needs at least two lists");
        }
        if (lists.size() > MAX_LISTS) {
            throw new IllegalArgumentException("at most " + MAX_LISTS + " lists are supported");
        }
        if (new HashSet<>(lists).size() != lists.size()) {
            throw new IllegalArgumentException("list names must be distinct");
        }
        Set<Integer> seen = new HashSet<>();
        for (CaptureHistory h : histories) {
            if (h.onList().size() != lists.size()) {
                throw new IllegalArgumentException("pattern " + h.pattern() + " does not have one entry per list");
            }
            if (!seen.add(h.mask())) {
                throw new IllegalArgumentException("pattern " + h.pattern() + " appears twice");
            }
        }
    }

    /**
     * Builds the table from linked records: one entry per case (victim or incident) holding the
     * names of the lists that documented it.
     */
    public static CaptureTable fromLinkedRecords(String name, List<String> lists, Collection<Set<String>> cases) {
        TreeMap<Integer, Long> counts = new TreeMap<>();
        for (Set<String> documentedBy : cases) {
            int mask = 0;
            for (String list : documentedBy) {
                int i = lists.indexOf(list);
                if (i < 0) {
                    throw new IllegalArgumentException("a case names a list that is not in the table");
                }
                mask |= 1 << i;
            }
            if (mask != 0) {
                counts.merge(mask, 1L, Long::sum);
            }
        }
        List<CaptureHistory> histories = new ArrayList<>();
        counts.forEach((mask, count) -> histories.add(new CaptureHistory(bits(mask, lists.size()), count)));
        return new CaptureTable(name, lists, histories);
    }

    /** Number of cases documented by at least one list. */
    public long observed() {
        return histories.stream().mapToLong(CaptureHistory::count).sum();
    }

    /** Counts indexed by pattern mask, {@code 2^lists} long; index 0 (unseen) is 0. */
    public long[] countsByMask() {
        long[] counts = new long[1 << lists.size()];
        histories.forEach(h -> counts[h.mask()] += h.count());
        return counts;
    }

    static List<Boolean> bits(int mask, int width) {
        List<Boolean> bits = new ArrayList<>(width);
        for (int i = 0; i < width; i++) {
            bits.add((mask >> i & 1) == 1);
        }
        return bits;
    }
}
