package org.recourse.linkage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
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
    void datesAreReadAsTheRegularExpressionsTheyReplaceReadThem() {
        for (int n = 0; n < 100_000; n++) {
            String v = n % 4 == 0 ? word("0123456789-/. a\u0663", 11) : dateLike();
            assertThat(Dates.digits(v)).as(v).isEqualTo(datesByRegularExpressions(v));
        }
        assertThat(Dates.digits("1956-4-9")).isEqualTo("19560409");
        assertThat(Dates.digits("09/04/1956")).isEqualTo("19560409");
        assertThat(Dates.digits("19560409")).isEqualTo("19560409");
        assertThat(Dates.digits("19561309")).isNull();
    }

    /** Digit groups of random lengths, years often plausible, joined by separators or other characters. */
    private static String dateLike() {
        StringBuilder b = new StringBuilder();
        int groups = 1 + RANDOM.nextInt(4);
        for (int g = 0; g < groups; g++) {
            if (g > 0) {
                b.append("-/. x".charAt(RANDOM.nextInt(5)));
            }
            int digits = RANDOM.nextInt(3) == 0 ? 1 + RANDOM.nextInt(9) : RANDOM.nextInt(2) == 0 ? 4 : 1 + RANDOM.nextInt(2);
            if (groups == 1 && RANDOM.nextBoolean()) {
                digits = 8;
            }
            String prefix = RANDOM.nextBoolean() ? (RANDOM.nextBoolean() ? "19" : "20") : "";
            StringBuilder group = new StringBuilder(digits >= 4 ? prefix : "");
            while (group.length() < digits) {
                group.append((char) ('0' + RANDOM.nextInt(10)));
            }
            b.append(group, 0, digits);
        }
        return b.toString();
    }

    /** Dates.digits as written with regular expressions. */
    private static String datesByRegularExpressions(String s) {
        if (s.length() < 8 || s.length() > 10 || !Character.isDigit(s.charAt(0))) {
            return null;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{4})[-/. ](\\d{1,2})[-/. ](\\d{1,2})").matcher(s);
        if (m.matches()) {
            return plausible(m.group(1), m.group(2), m.group(3));
        }
        m = java.util.regex.Pattern.compile("(\\d{1,2})[-/. ](\\d{1,2})[-/. ](\\d{4})").matcher(s);
        if (m.matches()) {
            return plausible(m.group(3), m.group(2), m.group(1));
        }
        m = java.util.regex.Pattern.compile("(\\d{4})(\\d{2})(\\d{2})").matcher(s);
        return m.matches() ? plausible(m.group(1), m.group(2), m.group(3)) : null;
    }

    private static String plausible(String y, String m, String d) {
        int year = Integer.parseInt(y);
        int month = Integer.parseInt(m);
        int day = Integer.parseInt(d);
        if (year < 1800 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31) {
            return null;
        }
        return String.format("%04d%02d%02d", year, month, day);
    }

    @Test
    void earlyStoppingScoreAnswersAsTheFullScore() {
        int n = 3000;
        String[] names = new String[n];
        String[] codes = new String[n];
        String[] dates = new String[n];
        String[] words = new String[n];
        for (int i = 0; i < n; i++) {
            names[i] = i > 0 && RANDOM.nextInt(3) == 0 ? mutate(names[i - 1]) : word("aeiknmst", 6);
            codes[i] = i > 0 && RANDOM.nextInt(3) == 0 ? codes[i - 1] : word("0123", 4);
            dates[i] = RANDOM.nextInt(5) == 0 ? null : "19" + (50 + RANDOM.nextInt(3)) + "010" + (1 + RANDOM.nextInt(3));
            words[i] = i > 0 && RANDOM.nextInt(2) == 0 ? words[i - 1] : word("ab c", 8);
        }
        List<Comparison> comparisons = List.of(new NameComparison("name", blankAsMissing(names)),
                new CodeComparison("code", codes), new DateComparison("date", dates),
                new TextComparison("words", blankAsMissing(words)), new CategoricalComparison("kind", blankAsMissing(codes)));
        double[][] m = new double[comparisons.size()][];
        double[][] u = new double[comparisons.size()][];
        for (int f = 0; f < m.length; f++) {
            m[f] = new double[comparisons.get(f).levels()];
            u[f] = new double[m[f].length];
            for (int l = 1; l < m[f].length; l++) {
                m[f][l] = 0.01 + RANDOM.nextDouble();
                u[f][l] = 0.01 + RANDOM.nextDouble();
            }
        }
        Scorer scorer = new Scorer(comparisons, new Parameters(m, u, 0.1, -3.0, 1), n);
        int reached = 0;
        for (int k = 0; k < 100_000; k++) {
            int i = RANDOM.nextInt(n);
            int j = RANDOM.nextInt(4) == 0 ? Math.min(n - 1, i + 1) : RANDOM.nextInt(n);
            double threshold = RANDOM.nextDouble() * 8 - 4;
            boolean full = scorer.logOdds(i, j) >= threshold;
            assertThat(scorer.reaches(i, j, threshold)).as(i + " / " + j).isEqualTo(full);
            reached += full ? 1 : 0;
        }
        assertThat(reached).isBetween(1_000, 99_000);
    }

    private static String[] blankAsMissing(String[] values) {
        return Arrays.stream(values).map(v -> v == null || v.isBlank() ? null : v.trim()).toArray(String[]::new);
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
