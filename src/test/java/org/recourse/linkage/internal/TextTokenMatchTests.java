package org.recourse.linkage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Token matching of free text (fictional tokens): looked up in the sorted other text, same answers as comparing all. */
class TextTokenMatchTests {

    @Test
    void aTokenMatchesItsEqualItsAbbreviationAndWhatItAbbreviatesButNotTwoLetterBeginnings() {
        String[] y = sorted("blvd", "ocean", "st", "apartment");
        assertThat(TextComparison.common(new String[] {"blvd"}, y)).isOne();
        assertThat(TextComparison.common(new String[] {"blv"}, y)).isOne();
        assertThat(TextComparison.common(new String[] {"apt"}, y)).isZero();
        assertThat(TextComparison.common(new String[] {"apart"}, y)).isOne();
        assertThat(TextComparison.common(new String[] {"oceanic"}, y)).isOne();
        assertThat(TextComparison.common(new String[] {"street"}, y)).isZero();
        assertThat(TextComparison.common(new String[] {"oc"}, y)).isZero();
    }

    @Test
    void longTextsCountTheSameMatchesAsComparingEveryTokenWithEvery() {
        Random random = new Random(7);
        for (int round = 0; round < 300; round++) {
            String[] x = randomTokens(random, 1 + random.nextInt(120));
            String[] y = sorted(randomTokens(random, 1 + random.nextInt(120)));
            assertThat(TextComparison.common(x, y)).as("round " + round).isEqualTo(everyWithEvery(x, y));
        }
    }

    private static int everyWithEvery(String[] x, String[] y) {
        int common = 0;
        for (String s : x) {
            for (String t : y) {
                if (s.equals(t) || abbreviates(s, t) || abbreviates(t, s)) {
                    common++;
                    break;
                }
            }
        }
        return common;
    }

    private static boolean abbreviates(String shorter, String longer) {
        return shorter.length() >= 3 && shorter.length() < longer.length() && longer.startsWith(shorter);
    }

    /** Distinct tokens over a small alphabet, so that equal tokens and beginnings are common. */
    private static String[] randomTokens(Random random, int n) {
        return random.ints(n, 0, Integer.MAX_VALUE).mapToObj(v -> {
            StringBuilder b = new StringBuilder();
            int length = 2 + Math.floorMod(v, 6);
            for (int k = 0; k < length; k++) {
                b.append("abc".charAt(random.nextInt(3)));
            }
            return b.toString();
        }).distinct().toArray(String[]::new);
    }

    private static String[] sorted(String... tokens) {
        String[] copy = tokens.clone();
        Arrays.sort(copy);
        return copy;
    }
}
