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
}
