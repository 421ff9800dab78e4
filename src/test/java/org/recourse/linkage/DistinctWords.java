package org.recourse.linkage;

/** Made-up words for linkage tests: a distinct lower-case word for each number. */
public final class DistinctWords {

    private DistinctWords() {
    }

    public static String of(int i) {
        StringBuilder b = new StringBuilder();
        int x = i;
        do {
            b.append((char) ('a' + x % 26));
            x /= 26;
        } while (x > 0);
        return b.toString();
    }
}
