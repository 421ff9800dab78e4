package org.recourse.support;

import java.util.concurrent.ThreadLocalRandom;

/** Random lower-case words that make a test's records findable among everything else in a shared application. */
public final class Markers {

    private Markers() {
    }

    public static String letters(int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return sb.toString();
    }

    /** Random Hangul syllables (U+AC00..U+D7A3), for markers in Korean text. */
    public static String hangul(int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append((char) (0xAC00 + ThreadLocalRandom.current().nextInt(11172)));
        }
        return sb.toString();
    }
}
