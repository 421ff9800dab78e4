package org.recourse.linkage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The shortcuts that skip string comparisons must answer exactly what the full comparisons answer. */
class PrefilterTests {

    private static final SplittableRandom RANDOM = new SplittableRandom(7);

    @Test
    void bandedLevenshteinEqualsTheFullTableUpToTheBound() {
        for (int n = 0; n < 20_000; n++) {
            String a = word("abc ", 9);
            String b = RANDOM.nextBoolean() ? mutate(a) : word("abc ", 9);
            int bound = RANDOM.nextInt(4);
            assertThat(Levenshtein.distance(a, b, bound)).as(a + " / " + b + " bound " + bound)
                    .isEqualTo(Math.min(fullTable(a, b), bound + 1));
        }
    }

    @Test
    void characterBagsNeverRuleOutAPairTheFullComparisonKeeps() {
        for (int n = 0; n < 20_000; n++) {
            String a = word("abcdefghijklmnopqrstuvwxyz0123456789 ", 24);
            String b = RANDOM.nextBoolean() ? mutate(mutate(a)) : word("abcdefghijklmnopqrstuvwxyz0123456789 ", 24);
            long bagA = CharBag.of(a);
            long bagB = CharBag.of(b);
            int common = CharBag.commonAtMost(bagA, bagB, Math.min(a.length(), b.length()));
            assertThat(JaroWinkler.upperBound(a, b, common)).as(a + " / " + b)
                    .isGreaterThanOrEqualTo(JaroWinkler.similarity(a, b));
            if (fullTable(a, b) <= 2) {
                assertThat(Levenshtein.mayBeWithin(a, b, bagA, bagB, 2)).as(a + " / " + b).isTrue();
            }
        }
    }

    @Test
    void jaroOfShortStringsEqualsTheArrayVersion() {
        for (int n = 0; n < 20_000; n++) {
            String a = word("abcdefgh", 20);
            String b = RANDOM.nextBoolean() ? mutate(a) : word("abcdefgh", 20);
            // Past 64 characters the array version runs; a 64-character prefix keeps the window.
            String pad = "z".repeat(70);
            double shortJaro = JaroWinkler.jaro(a, b);
            double longJaro = JaroWinkler.jaro(a + pad, b + pad);
            assertThat(JaroWinkler.jaro(pad + a, pad + b)).isEqualTo(reference(pad + a, pad + b));
            assertThat(shortJaro).isEqualTo(reference(a, b));
            assertThat(longJaro).isEqualTo(reference(a + pad, b + pad));
        }
    }

    /** Jaro as first written, with arrays. */
    private static double reference(String a, String b) {
        int la = a.length();
        int lb = b.length();
        if (la == 0 || lb == 0) {
            return 0.0;
        }
        int window = Math.max(0, Math.max(la, lb) / 2 - 1);
        boolean[] matchedB = new boolean[lb];
        char[] common = new char[Math.min(la, lb)];
        int m = 0;
        for (int i = 0; i < la; i++) {
            for (int j = Math.max(0, i - window); j < Math.min(lb, i + window + 1); j++) {
                if (!matchedB[j] && b.charAt(j) == a.charAt(i)) {
                    matchedB[j] = true;
                    common[m++] = a.charAt(i);
                    break;
                }
            }
        }
        if (m == 0) {
            return 0.0;
        }
        int k = 0;
        int half = 0;
        for (int j = 0; j < lb; j++) {
            if (matchedB[j] && b.charAt(j) != common[k++]) {
                half++;
            }
        }
        return (m / (double) la + m / (double) lb + (m - half / 2.0) / m) / 3.0;
    }

    @Test
    void numberTestsAgreeWithTheRegularExpressionsTheyReplace() {
        java.util.regex.Pattern integer = java.util.regex.Pattern.compile("-?\\d+");
        java.util.regex.Pattern decimal = java.util.regex.Pattern.compile("-?[\\d,]*\\.?\\d+");
        for (int n = 0; n < 50_000; n++) {
            String v = word("0123456789,.-a", 7);
            assertThat(FieldProfiler.integer(v)).as(v).isEqualTo(integer.matcher(v).matches());
            assertThat(FieldProfiler.decimal(v)).as(v).isEqualTo(decimal.matcher(v).matches());
        }
    }

    @Test
    void characterBagsCountTheSmallerOfEachBucket() {
        for (int n = 0; n < 20_000; n++) {
            long x = RANDOM.nextLong();
            long y = RANDOM.nextLong();
            int expected = 0;
            for (int shift = 0; shift < 64; shift += 4) {
                expected += (int) Math.min((x >>> shift) & 15, (y >>> shift) & 15);
            }
            assertThat(CharBag.commonAtMost(x, y, 1000)).isEqualTo(x == CharBag.UNKNOWN || y == CharBag.UNKNOWN
                    ? 1000 : expected);
        }
    }

    @Test
    void nameLevelsAreThoseOfTheComparisonWithoutShortcuts() {
        String[] values = new String[4000];
        for (int i = 0; i < values.length; i++) {
            values[i] = i > 0 && RANDOM.nextInt(3) == 0 ? mutate(values[i - 1]) : word("aeiounkmprst ", 12).trim();
            values[i] = values[i].isEmpty() ? "x" : values[i];
        }
        NameComparison names = new NameComparison("name", values);
        CodeComparison codes = new CodeComparison("code", values);
        for (int n = 0; n < 40_000; n++) {
            int i = RANDOM.nextInt(values.length);
            int j = RANDOM.nextInt(4) == 0 ? Math.min(values.length - 1, i + 1) : RANDOM.nextInt(values.length);
            assertThat(names.level(i, j)).as(values[i] + " / " + values[j]).isEqualTo(nameLevel(values[i], values[j]));
            String a = CodeComparison.alnum(new String[] {values[i]})[0];
            String b = CodeComparison.alnum(new String[] {values[j]})[0];
            assertThat(codes.level(i, j)).as(a + " / " + b).isEqualTo(codeLevel(a, b));
        }
    }

    /** NameComparison's levels as written before the shortcuts. */
    private static int nameLevel(String a, String b) {
        if (a.equals(b)) {
            return 1;
        }
        String ka = KoreanRomanisation.key(a);
        String kb = KoreanRomanisation.key(b);
        if (!ka.isEmpty() && ka.equals(kb)) {
            return 2;
        }
        double jw = JaroWinkler.similarity(a, b);
        if (jw < 0.92 && !(ka.equals(a) && kb.equals(b))) {
            jw = Math.max(jw, JaroWinkler.similarity(ka, kb));
        }
        if (jw >= 0.92) {
            return 3;
        }
        if ((a.indexOf(' ') >= 0 || b.indexOf(' ') >= 0) && NameComparison.contained(words(a), words(b))) {
            return 4;
        }
        int edits = NameComparison.tolerableEdits(Math.min(a.length(), b.length()));
        return jw >= 0.80 || edits > 0 && fullTable(a, b) <= edits ? 5 : 6;
    }

    private static int codeLevel(String a, String b) {
        if (a == null || b == null) {
            return 0;
        }
        if (a.equals(b)) {
            return 1;
        }
        int d = fullTable(a, b);
        boolean suffix = Math.min(a.length(), b.length()) >= 7 && (a.endsWith(b) || b.endsWith(a));
        return d <= 1 || suffix ? 2 : d <= 2 ? 3 : 4;
    }

    private static String[] words(String s) {
        return Arrays.stream(Text.tokens(s)).distinct().sorted().toArray(String[]::new);
    }

    private static int fullTable(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            for (int j = 0; j <= b.length(); j++) {
                d[i][j] = i == 0 ? j : j == 0 ? i : Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1),
                        d[i - 1][j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
        }
        return d[a.length()][b.length()];
    }

    private static String word(String alphabet, int maxLength) {
        int length = RANDOM.nextInt(maxLength + 1);
        StringBuilder s = new StringBuilder();
        for (int k = 0; k < length; k++) {
            s.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return s.toString();
    }

    private static String mutate(String s) {
        StringBuilder b = new StringBuilder(s);
        int edits = 1 + RANDOM.nextInt(3);
        for (int e = 0; e < edits; e++) {
            int at = b.length() == 0 ? 0 : RANDOM.nextInt(b.length());
            switch (RANDOM.nextInt(3)) {
                case 0 -> b.insert(at, (char) ('a' + RANDOM.nextInt(6)));
                case 1 -> {
                    if (b.length() > 0) {
                        b.deleteCharAt(at);
                    }
                }
                default -> {
                    if (b.length() > 0) {
                        b.setCharAt(at, (char) ('a' + RANDOM.nextInt(6)));
                    }
                }
            }
        }
        return b.toString();
    }
}
