package org.recourse.linkage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.recourse.linkage.DistinctWords;
import org.recourse.linkage.internal.ColumnPairing.ColumnPair;
import org.recourse.linkage.internal.ColumnPairing.YearOf;

/** Columns of two files paired by their contents (fictional values made up for the tests). */
class ColumnPairingTests {

    private static final int N = 200;

    @Test
    void namesThatRecurInTheOtherFileArePairedAlthoughTheHeadersDiffer() {
        Map<String, String[]> left = columns("full_name", i -> "name" + letters(i) + " fictional",
                "born", i -> String.valueOf(1900 + i % 90));
        Map<String, String[]> right = columns("person", i -> "name" + letters(i + 20) + " fictional",
                "town", i -> "town" + letters(i * 7 + 3));
        List<ColumnPair> pairs = ColumnPairing.pair(left, right);
        assertThat(pairs).extracting(ColumnPair::left, ColumnPair::right).containsExactly(
                org.assertj.core.groups.Tuple.tuple("full_name", "person"));
        assertThat(pairs.get(0).overlap()).isGreaterThan(0.85).isLessThan(0.95);
    }

    @Test
    void columnsWhoseValuesDoNotOverlapAreNotPaired() {
        Map<String, String[]> left = columns("full_name", i -> "name" + letters(i) + " fictional",
                "amount", i -> String.valueOf(1000 + i * 37));
        Map<String, String[]> right = columns("street", i -> "road" + letters(i) + " lane",
                "size", i -> String.valueOf(90_000 + i * 41));
        assertThat(ColumnPairing.pair(left, right)).isEmpty();
    }

    @Test
    void aYearPairsWithADateOnTheYearPartAndTheDatesAreCutToYears() {
        Map<String, String[]> left = columns("birth_year", i -> String.valueOf(1920 + i % 60),
                "name", i -> "name" + letters(i));
        Map<String, String[]> right = columns("dob", i -> (1920 + i % 60) + "-0" + (1 + i % 9) + "-1" + i % 10,
                "town", i -> "town" + letters(i));
        List<ColumnPair> pairs = ColumnPairing.pair(left, right);
        assertThat(pairs).hasSize(1);
        assertThat(pairs.get(0).left()).isEqualTo("birth_year");
        assertThat(pairs.get(0).right()).isEqualTo("dob");
        assertThat(pairs.get(0).yearOf()).isEqualTo(YearOf.RIGHT);
        assertThat(pairs.get(0).overlap()).isGreaterThan(0.99);
        String[] dob = right.get("dob").clone();
        ColumnPairing.cutToYears(dob, 0, dob.length);
        assertThat(dob[5]).isEqualTo("1925");
    }

    @Test
    void aDateColumnPairsWithTheColumnOfTheSameDatesRatherThanAnotherOfTheSameYears() {
        Map<String, String[]> left = columns("start", i -> (1950 + i % 60) + "-01-01");
        Map<String, String[]> right = columns("released", i -> (1950 + i % 60) + "-0" + (1 + i % 9) + "-2" + i % 8,
                "release_year", i -> (1950 + i % 60) + "-01-01");
        List<ColumnPair> pairs = ColumnPairing.pair(left, right);
        assertThat(pairs).extracting(ColumnPair::right).containsExactly("release_year");
        assertThat(pairs.get(0).yearOf()).isEqualTo(YearOf.NEITHER);
    }

    @Test
    void noPairWithoutAClearLeadOverAnotherCandidate() {
        Map<String, String[]> left = columns("year", i -> String.valueOf(1950 + i % 60));
        Map<String, String[]> right = columns("released", i -> (1950 + i % 60) + "-03-12",
                "premiered", i -> (1950 + i % 60) + "-06-20");
        assertThat(ColumnPairing.pair(left, right)).isEmpty();
    }

    @Test
    void whenTwoColumnsPointAtTheSameColumnTheBetterOverlapHasIt() {
        Map<String, String[]> left = columns("start", i -> (1950 + i % 60) + "-01-01",
                "died", i -> (1980 + i % 30) + "-01-01");
        Map<String, String[]> right = columns("release_year", i -> (1950 + i % 60) + "-01-01");
        assertThat(ColumnPairing.pair(left, right)).extracting(ColumnPair::left).containsExactly("start");
    }

    @Test
    void numbersArePairedAsNumbersWhateverTheirSpelling() {
        Map<String, String[]> left = columns("minutes", i -> (40 + i % 80) + ".0");
        Map<String, String[]> right = columns("runtime", i -> String.valueOf(40 + i % 80),
                "label", i -> "label" + letters(i));
        assertThat(ColumnPairing.pair(left, right)).extracting(ColumnPair::right).containsExactly("runtime");
    }

    @Test
    void surrogateKeysAndCategoriesAreNeverPaired() {
        Map<String, String[]> left = columns("row", i -> String.valueOf(i), "kind", i -> i % 2 == 0 ? "a" : "b");
        Map<String, String[]> right = columns("number", i -> String.valueOf(i), "type", i -> i % 2 == 0 ? "a" : "b");
        assertThat(ColumnPairing.pair(left, right)).isEmpty();
    }

    private static Map<String, String[]> columns(String name, IntFunction<String> values) {
        Map<String, String[]> out = new LinkedHashMap<>();
        String[] column = new String[N];
        for (int i = 0; i < N; i++) {
            column[i] = values.apply(i);
        }
        out.put(name, column);
        return out;
    }

    private static Map<String, String[]> columns(String name, IntFunction<String> values, String name2,
            IntFunction<String> values2) {
        Map<String, String[]> out = columns(name, values);
        out.putAll(columns(name2, values2));
        return out;
    }

    private static String letters(int i) {
        return DistinctWords.of(i);
    }
}
