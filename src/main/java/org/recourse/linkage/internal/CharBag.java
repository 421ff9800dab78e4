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

    private static final long LOW = 0x0F0F0F0F0F0F0F0FL;
    private static final long HIGH = 0x8080808080808080L;
    private static final long ONES = 0x0101010101010101L;

    private CharBag() {
    }

    /**
     * Sum over the eight byte lanes (each 0..15) of the smaller of the two lanes, without a
     * loop: {@code (x | 128) - y} keeps a lane's top bit exactly when x >= y there.
     */
    static int lanesMin(long x, long y) {
        long xAtLeastY = ((((x | HIGH) - y) & HIGH) >>> 7) * 0xFF;
        long min = (y & xAtLeastY) | (x & ~xAtLeastY);
        return (int) ((min * ONES) >>> 56);
    }

    /**
     * The bucket of each ASCII character: the letters most frequent in names and addresses and
     * the ten digits each get a bucket of their own (a letter shares it only with a digit,
     * which names seldom hold), the rarer letters and the space share the other six; the fewer
     * common characters a bucket merges, the tighter the bound.
     */
    private static final byte[] ASCII = ascii();

    private static byte[] ascii() {
        byte[] bucket = new byte[128];
        for (int c = 0; c < 128; c++) {
            bucket[c] = (byte) ((c ^ (c >>> 4)) & 15);
        }
        String[] letters = {"e", "a", "r", "n", "i", "o", "l", "t", "s", "h", "dkx", "ubz", "cpq", "mw", "yvj", "gf "};
        for (int b = 0; b < letters.length; b++) {
            for (char c : letters[b].toCharArray()) {
                bucket[c] = (byte) b;
            }
        }
        for (int d = 0; d < 10; d++) {
            bucket['0' + d] = (byte) d;
        }
        return bucket;
    }

    static long of(String s) {
        long bag = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int shift = (c < 128 ? ASCII[c] : (c ^ (c >>> 4) ^ (c >>> 8)) & 15) * 4;
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
        int common = lanesMin(x & LOW, y & LOW) + lanesMin((x >>> 4) & LOW, (y >>> 4) & LOW);
        return Math.min(common, shorterLength);
    }
}
