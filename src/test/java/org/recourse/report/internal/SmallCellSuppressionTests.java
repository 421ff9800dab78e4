package org.recourse.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Suppression on crafted tables. Each test checks, with exact integer arithmetic independent
 * of {@link LinearAudit}, that no hidden entry follows from the published cells and totals.
 */
class SmallCellSuppressionTests {

    @Test
    void smallCellsAreShownAsBelowKAndNoneCanBeRecomputedFromTheTotals() {
        long[][] cells = {{12, 3, 40, 7}, {9, 25, 6, 11}, {30, 14, 2, 19}, {8, 10, 15, 21}};
        SuppressedTable t = CellSuppression.twoWay(cells, 5);
        assertThat(t.shown(0, 1)).isEqualTo("<5");
        assertThat(t.shown(2, 2)).isEqualTo("<5");
        assertThat(t.shown(0, 0)).isIn("12", "x");
        assertThat(t.shown(4, 4)).isEqualTo(Long.toString(232));
        assertNothingRecomputable(t);
        assertEveryLineHidesNoneOrAtLeastTwo(t);
    }

    @Test
    void aCellOnlyReachableThroughSeveralLinesIsStillProtected() {
        long[][] cells = {
                {1, 2, 50, 50, 50},
                {3, 4, 1, 50, 50},
                {50, 50, 2, 3, 50},
                {50, 50, 4, 1, 50},
                {50, 50, 50, 50, 50}};
        long[][] grid = gridOf(cells);
        CellState[][] classicOnly = primaryStates(grid, 5);
        CellSuppression.classicRule(grid, classicOnly, LinearAudit.lines(5, 5, true), 5, 5);
        assertThat(recomputable(grid, classicOnly, 5, 5, true)).as("the classic rule alone leaves the bridge open")
                .anySatisfy(e -> assertThat(e).containsExactly(1, 2));

        SuppressedTable t = CellSuppression.twoWay(cells, 5);
        assertThat(t.shown(1, 2)).isEqualTo("<5");
        assertNothingRecomputable(t);
    }

    @Test
    void aRowWhoseOnlyCountIsSmallHidesItsTotalToo() {
        long[][] cells = {{0, 0, 3}, {20, 30, 40}, {25, 35, 45}};
        SuppressedTable t = CellSuppression.twoWay(cells, 5);
        assertThat(t.shown(0, 2)).isEqualTo("<5");
        assertThat(t.shown(0, 3)).isEqualTo("<5");
        assertThat(t.shown(0, 0)).isEqualTo("0");
        assertNothingRecomputable(t);
    }

    @Test
    void aOneWayTableHidesTheNextSmallestCountBesideASmallOne() {
        SuppressedTable t = CellSuppression.oneWay(new long[] {12, 3, 8, 20}, 5);
        assertThat(t.shown(0, 1)).isEqualTo("<5");
        assertThat(t.shown(0, 2)).isEqualTo("x");
        assertThat(t.shown(0, 0)).isEqualTo("12");
        assertThat(t.shown(0, 4)).isEqualTo("43");
        assertNothingRecomputable(t);
    }

    @Test
    void kIsConfigurable() {
        SuppressedTable t = CellSuppression.oneWay(new long[] {12, 9, 8, 20}, 10);
        assertThat(t.shown(0, 1)).isEqualTo("<10");
        assertThat(t.shown(0, 2)).isEqualTo("<10");
        assertThat(t.shown(0, 0)).isEqualTo("12");
    }

    @Test
    void randomSparseTablesNeverLeakAHiddenCount() {
        Random random = new Random(20261123);
        for (int n = 0; n < 150; n++) {
            int rows = 1 + random.nextInt(6);
            int cols = 1 + random.nextInt(6);
            long[][] cells = new long[rows][cols];
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < cols; c++) {
                    cells[r][c] = random.nextInt(3) == 0 ? 0 : random.nextInt(random.nextBoolean() ? 6 : 30);
                }
            }
            SuppressedTable t = CellSuppression.twoWay(cells, 5);
            assertNothingRecomputable(t);
            assertSmallCountsHidden(t);
        }
    }

    private static void assertSmallCountsHidden(SuppressedTable t) {
        for (int r = 0; r < t.values().length; r++) {
            for (int c = 0; c < t.values()[r].length; c++) {
                long v = t.values()[r][c];
                if (v > 0 && v < t.k()) {
                    assertThat(t.hidden(r, c)).isTrue();
                }
            }
        }
    }

    private static void assertEveryLineHidesNoneOrAtLeastTwo(SuppressedTable t) {
        for (int[][] line : LinearAudit.lines(t.rows(), t.columns(), t.columnTotals())) {
            long hidden = java.util.Arrays.stream(line).filter(e -> t.hidden(e[0], e[1])).count();
            assertThat(hidden).isNotEqualTo(1);
        }
    }

    private static void assertNothingRecomputable(SuppressedTable t) {
        assertThat(recomputable(t.values(), t.states(), t.rows(), t.columns(), t.columnTotals())).isEmpty();
    }

    /**
     * Hidden entries that the published ones determine, by exact rank: entry j is determined
     * exactly when adding the equation x_j = v leaves the rank of the published equations unchanged.
     */
    static List<int[]> recomputable(long[][] grid, CellState[][] states, int rows, int cols, boolean columnTotals) {
        List<int[]> unknowns = new ArrayList<>();
        for (int r = 0; r < grid.length; r++) {
            for (int c = 0; c < grid[r].length; c++) {
                if (states[r][c] != CellState.PUBLISHED) {
                    unknowns.add(new int[] {r, c});
                }
            }
        }
        List<BigInteger[]> equations = new ArrayList<>();
        for (int[][] line : LinearAudit.lines(rows, cols, columnTotals)) {
            BigInteger[] eq = zeros(unknowns.size());
            for (int[] e : line) {
                for (int j = 0; j < unknowns.size(); j++) {
                    if (unknowns.get(j)[0] == e[0] && unknowns.get(j)[1] == e[1]) {
                        eq[j] = eq[j].add(BigInteger.valueOf(e[2]));
                    }
                }
            }
            equations.add(eq);
        }
        int base = rank(equations);
        List<int[]> out = new ArrayList<>();
        for (int j = 0; j < unknowns.size(); j++) {
            List<BigInteger[]> more = new ArrayList<>(equations);
            BigInteger[] unit = zeros(unknowns.size());
            unit[j] = BigInteger.ONE;
            more.add(unit);
            if (rank(more) == base) {
                out.add(unknowns.get(j));
            }
        }
        return out;
    }

    private static int rank(List<BigInteger[]> rowsIn) {
        List<BigInteger[]> m = new ArrayList<>();
        rowsIn.forEach(r -> m.add(r.clone()));
        int rank = 0;
        int width = m.isEmpty() ? 0 : m.get(0).length;
        for (int col = 0; col < width && rank < m.size(); col++) {
            int pivot = -1;
            for (int r = rank; r < m.size(); r++) {
                if (m.get(r)[col].signum() != 0) {
                    pivot = r;
                    break;
                }
            }
            if (pivot < 0) {
                continue;
            }
            java.util.Collections.swap(m, rank, pivot);
            BigInteger[] p = m.get(rank);
            for (int r = rank + 1; r < m.size(); r++) {
                BigInteger f = m.get(r)[col];
                if (f.signum() != 0) {
                    for (int c = 0; c < width; c++) {
                        m.get(r)[c] = m.get(r)[c].multiply(p[col]).subtract(p[c].multiply(f));
                    }
                }
            }
            rank++;
        }
        return rank;
    }

    private static BigInteger[] zeros(int n) {
        BigInteger[] z = new BigInteger[n];
        java.util.Arrays.fill(z, BigInteger.ZERO);
        return z;
    }

    private static long[][] gridOf(long[][] cells) {
        int rows = cells.length;
        int cols = cells[0].length;
        long[][] grid = new long[rows + 1][cols + 1];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                grid[r][c] = cells[r][c];
                grid[r][cols] += cells[r][c];
                grid[rows][c] += cells[r][c];
                grid[rows][cols] += cells[r][c];
            }
        }
        return grid;
    }

    private static CellState[][] primaryStates(long[][] grid, int k) {
        CellState[][] s = new CellState[grid.length][grid[0].length];
        for (int r = 0; r < grid.length; r++) {
            for (int c = 0; c < grid[r].length; c++) {
                s[r][c] = grid[r][c] > 0 && grid[r][c] < k ? CellState.PRIMARY : CellState.PUBLISHED;
            }
        }
        return s;
    }
}
