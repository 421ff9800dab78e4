package org.recourse.linkage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Blocks over the cap: dropped, or sorted and paired within a window; and when the planner windows a field. */
class BlockingTests {

    private static final int CAP = 100;

    @Test
    void aBlockOverTheCapIsDroppedUnlessItsRuleIsWindowed() {
        Dataset data = dedupe(List.of("title"), column(150, r -> "the same title"));
        BlockingKey rule = BlockingKeys.key("title", "exact", data.column("title"));
        Blocker blocker = new Blocker(data, CAP);

        assertThat(blocker.pairs(List.of(rule))).isEmpty();
        assertThat(blocker.stats(rule).dropped()).isEqualTo(1.0);

        long[] windowed = blocker.pairs(List.of(rule.windowed(10)));
        // each record meets the next nine: 9 * 141 + (8 + 7 + ... + 0) pairs
        assertThat(windowed).hasSize(9 * 141 + 36);
        assertThat(Arrays.stream(windowed).allMatch(p -> (p & 0xffffffffL) - (p >>> 32) <= 9)).isTrue();
        Blocker.Stats stats = blocker.stats(rule.windowed(10));
        assertThat(stats.dropped()).isZero();
        assertThat(stats.pairs()).isEqualTo(150L * 9);
    }

    @Test
    void aBlockWithinTheCapIsPairedInFullEvenByAWindowedRule() {
        Dataset data = dedupe(List.of("title"), column(40, r -> "the same title"));
        BlockingKey rule = BlockingKeys.key("title", "exact", data.column("title")).windowed(3);

        assertThat(new Blocker(data, CAP).pairs(List.of(rule))).hasSize(40 * 39 / 2);
    }

    @Test
    void aWindowedBlockIsSortedByTheRuleFieldSoThatNearValuesBecomeNeighbours() {
        // 120 records share one key; their titles, in record order, are a shuffle of t000..t119
        int n = 120;
        Dataset data = dedupe(List.of("title"), column(n, r -> String.format("t%03d", r * 37 % n)));
        BlockingKey rule = new BlockingKey("all", List.of("title"), r -> new String[] {"one key"}).windowed(2);

        long[] pairs = new Blocker(data, CAP).pairs(List.of(rule));

        assertThat(pairs).hasSize(n - 1);
        String[] title = data.column("title");
        for (long p : pairs) {
            int a = Integer.parseInt(title[(int) (p >>> 32)].substring(1));
            int b = Integer.parseInt(title[(int) (p & 0xffffffffL)].substring(1));
            assertThat(Math.abs(a - b)).as(title[(int) (p >>> 32)] + " / " + title[(int) (p & 0xffffffffL)]).isEqualTo(1);
        }
    }

    @Test
    void recordsTiedOnTheRuleFieldAreOrderedByTheOtherFieldsNotByTheirPlaceInTheFile() {
        // 120 records of one city; the copies of a person (same name) lie far apart in the file
        int n = 120;
        String[] city = column(n, r -> "springfield");
        String[] name = column(n, r -> "person " + (r % 60));
        Dataset data = dedupe(List.of("city", "name"), city, name);
        BlockingKey rule = BlockingKeys.key("city", "exact", city).windowed(2);

        long[] pairs = new Blocker(data, CAP).pairs(List.of(rule));

        assertThat(Arrays.stream(pairs).filter(p -> name[(int) (p >>> 32)].equals(name[(int) (p & 0xffffffffL)])).count())
                .isEqualTo(60);
    }

    @Test
    void inALinkageAWindowedBlockPairsOnlyRecordsFromDifferentFiles() {
        int n = 200;
        String[] title = column(n, r -> "the same title");
        Dataset data = new Dataset(List.of("title"), new String[][] {title}, n, n / 2);
        BlockingKey rule = BlockingKeys.key("title", "exact", title).windowed(4);

        long[] pairs = new Blocker(data, CAP).pairs(List.of(rule));

        assertThat(pairs).isNotEmpty();
        assertThat(Arrays.stream(pairs).allMatch(p -> data.pairable((int) (p >>> 32), (int) (p & 0xffffffffL)))).isTrue();
    }

    @Test
    void aRepeatingTitleIsWindowedWhenTheOtherRulesLeaveMostRecordsWithoutAKey() {
        Dataset data = citations(0.5);
        List<BlockingKey> rules = plan(data);

        assertThat(rules).anySatisfy(rule -> {
            assertThat(rule.field()).isEqualTo("title");
            assertThat(rule.window()).isEqualTo(BlockingPlanner.WINDOW);
        });
        // 20 papers copied 150 times each: the window links copies that the dropped blocks lost
        long[] pairs = new Blocker(data, CAP).pairs(rules);
        long samePaper = Arrays.stream(pairs).filter(p -> (p >>> 32) % 20 == (p & 0xffffffffL) % 20).count();
        assertThat(samePaper).isGreaterThan(20L * 149);
    }

    @Test
    void aRepeatingTitleIsNotBlockedOnWhenTheIdentifyingRulesKeyNearlyEveryRecord() {
        Dataset data = citations(0.95);
        List<BlockingKey> rules = plan(data);

        assertThat(rules).noneMatch(rule -> rule.fields().contains("title"));
        assertThat(new BlockingPlanner(data, new Blocker(data, CAP), 50_000, 6).keyedShare(rules)).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void anIdentifyingFieldWhoseEveryKeyHasAnOversizedBlockIsWindowedRatherThanLeftWithoutARule() {
        // 400 fictional copies of one product among 600 products named once each
        int n = 1000;
        String[] name = column(n, r -> r < 400 ? "acme widget" : letters(r));
        Dataset data = dedupe(List.of("name"), name);
        List<FieldPlan> fields = List.of(field(data, "name", FieldType.NAME));
        assertThat(fields.get(0).identifying()).isTrue();

        List<BlockingKey> rules = new BlockingPlanner(data, new Blocker(data, CAP), 50_000, 6).plan(fields);

        assertThat(rules).singleElement().satisfies(rule -> {
            assertThat(rule.field()).isEqualTo("name");
            assertThat(rule.window()).isEqualTo(BlockingPlanner.WINDOW);
        });
        long copies = Arrays.stream(new Blocker(data, CAP).pairs(rules)).filter(p -> (p & 0xffffffffL) < 400).count();
        assertThat(copies).isEqualTo(9L * 391 + 36);
    }

    private static String letters(int r) {
        StringBuilder b = new StringBuilder();
        for (int k = 0, v = r * 7919; k < 6; k++, v /= 26) {
            b.append((char) ('a' + v % 26));
        }
        return b.toString();
    }

    /**
     * 3,000 fictional citations of 20 papers (record r cites paper r % 20) in ten spellings of
     * each title; a code shared by two consecutive records in the first {@code codeShare} of
     * them, an editor shared likewise in the next 300.
     */
    private static Dataset citations(double codeShare) {
        int n = 3000;
        int coded = (int) (codeShare * n);
        String[] title = column(n, r -> "study of w" + (r % 20) + "a w" + (r % 20) + "b v" + (r / 20 % 10));
        String[] code = column(n, r -> r < coded ? "c" + (100_000 + r / 2) : null);
        String[] editor = column(n, r -> r >= coded && r < coded + 300 ? "editor e" + (10_000 + r / 2) : null);
        return dedupe(List.of("title", "code", "editor"), title, code, editor);
    }

    private static List<BlockingKey> plan(Dataset data) {
        List<FieldPlan> fields = new ArrayList<>();
        fields.add(field(data, "title", FieldType.TEXT));
        fields.add(field(data, "code", FieldType.CODE));
        fields.add(field(data, "editor", FieldType.TEXT));
        return new BlockingPlanner(data, new Blocker(data, CAP), Math.max(50_000L, 10L * data.size()), 6).plan(fields);
    }

    private static FieldPlan field(Dataset data, String name, FieldType type) {
        String[] column = data.column(name);
        long present = Arrays.stream(column).filter(v -> v != null).count();
        long distinct = Arrays.stream(column).filter(v -> v != null).distinct().count();
        return new FieldPlan(name, type, (int) distinct, (int) present);
    }

    private static Dataset dedupe(List<String> fields, String[]... columns) {
        return new Dataset(fields, columns, columns[0].length, 0);
    }

    private static String[] column(int n, java.util.function.IntFunction<String> value) {
        String[] column = new String[n];
        for (int r = 0; r < n; r++) {
            column[r] = value.apply(r);
        }
        return column;
    }
}
