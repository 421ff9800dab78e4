package org.recourse.linkage.internal;

import java.util.Arrays;

/** Open-addressing set of non-negative longs (record pairs), so millions of pairs cost 8-16 bytes each. */
final class LongHashSet {

    private static final long EMPTY = -1L;
    private long[] slots = filled(1 << 16);
    private int size;

    private static long[] filled(int n) {
        long[] a = new long[n];
        Arrays.fill(a, EMPTY);
        return a;
    }

    boolean add(long v) {
        if (size * 2 >= slots.length) {
            grow();
        }
        int mask = slots.length - 1;
        int i = mix(v) & mask;
        while (slots[i] != EMPTY) {
            if (slots[i] == v) {
                return false;
            }
            i = (i + 1) & mask;
        }
        slots[i] = v;
        size++;
        return true;
    }

    int size() {
        return size;
    }

    /** The values in no particular order. */
    long[] toArray() {
        long[] out = new long[size];
        int k = 0;
        for (long v : slots) {
            if (v != EMPTY) {
                out[k++] = v;
            }
        }
        return out;
    }

    long[] toSortedArray() {
        long[] out = toArray();
        Arrays.sort(out);
        return out;
    }

    private void grow() {
        long[] old = slots;
        slots = filled(old.length * 2);
        size = 0;
        for (long v : old) {
            if (v != EMPTY) {
                add(v);
            }
        }
    }

    private static int mix(long v) {
        long h = v * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
