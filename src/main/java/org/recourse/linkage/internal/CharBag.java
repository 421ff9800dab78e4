package org.recourse.linkage.internal;

/**
 * A string's characters as a multiset folded into 16 buckets of 4 bits, one long per string.
 * The common count of two bags bounds from above the characters two strings can have in
 * common (folding only merges characters, which can only raise the minimum of the counts), so
 * it bounds Jaro-Winkler from above and edit distance from below without comparing the
 * strings: most pairs are clear disagreements, and this rules them out in a few operations.
 */
final class CharBag {

    /** A bag with a bucket past 15 characters: unknown, bounds nothing. */
    static final long UNKNOWN = -1L;

    private CharBag() {
    }

    static long of(String s) {
        long bag = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int shift = ((c ^ (c >>> 4) ^ (c >>> 8)) & 15) * 4;
            if (((bag >>> shift) & 15) == 15) {
                return UNKNOWN;
            }
            bag += 1L << shift;
        }
        return bag;
    }

    /** At least the number of characters the two strings share (as multisets). */
    static int commonAtMost(long x, long y, int shorterLength) {
        if (x == UNKNOWN || y == UNKNOWN) {
            return shorterLength;
        }
        int common = 0;
        for (int shift = 0; shift < 64; shift += 4) {
            common += (int) Math.min((x >>> shift) & 15, (y >>> shift) & 15);
        }
        return Math.min(common, shorterLength);
    }
}
