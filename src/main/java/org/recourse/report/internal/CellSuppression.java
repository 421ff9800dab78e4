package org.recourse.report.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Small-cell suppression with complementary suppression for tables of counts with their totals.
 *
 * <ol>
 * <li>Primary: every cell or total from 1 to k-1 is hidden (zeros are shown: they describe no one).</li>
 * <li>Complementary, the classic rule (Cox 1980, "Suppression methodology and statistical
 * disclosure control", JASA 75:377-385; Hundepool et al. 2012, <i>Statistical Disclosure
 * Control</i>, §4.3): a line (row or column, with its total) holding exactly one hidden entry
 * could be solved for it, so the smallest other cell of the line is hidden too, preferring
 * non-zero cells, then zero cells, then the line's total; repeated until nothing changes.</li>
 * <li>The rule is necessary but not sufficient: hidden cells joined by a "bridge" can still be
 * solved from several lines at once. {@link LinearAudit} finds every hidden entry the published
 * entries determine; for each, the smallest cell whose hiding (with the rule re-applied) frees
 * it is hidden as well, until no hidden entry is determined.</li>
 * </ol>
 */
public final class CellSuppression {

    private CellSuppression() {
    }

    /** A two-way table: cells[r][c]; row totals, column totals and the grand total are published. */
    public static SuppressedTable twoWay(long[][] cells, int k) {
        int rows = cells.length;
        int cols = rows == 0 ? 0 : cells[0].length;
        long[][] grid = new long[rows + 1][cols + 1];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                grid[r][c] = cells[r][c];
                grid[r][cols] += cells[r][c];
                grid[rows][c] += cells[r][c];
                grid[rows][cols] += cells[r][c];
            }
        }
        return suppress(grid, k, true, rows, cols);
    }

    /** A one-way table: cells and their total. */
    public static SuppressedTable oneWay(long[] cells, int k) {
        long[][] grid = new long[1][cells.length + 1];
        for (int c = 0; c < cells.length; c++) {
            grid[0][c] = cells[c];
            grid[0][cells.length] += cells[c];
        }
        return suppress(grid, k, false, 1, cells.length);
    }

    private static SuppressedTable suppress(long[][] grid, int k, boolean columnTotals, int rows, int cols) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1");
        }
        CellState[][] states = new CellState[grid.length][grid[0].length];
        for (int r = 0; r < grid.length; r++) {
            for (int c = 0; c < grid[r].length; c++) {
                states[r][c] = grid[r][c] > 0 && grid[r][c] < k ? CellState.PRIMARY : CellState.PUBLISHED;
            }
        }
        List<int[][]> lines = LinearAudit.lines(rows, cols, columnTotals);
        classicRule(grid, states, lines, rows, cols);
        for (List<int[]> open = LinearAudit.determined(states, lines); !open.isEmpty();
                open = LinearAudit.determined(states, lines)) {
            free(open.get(0), grid, states, lines, rows, cols);
        }
        return new SuppressedTable(grid, states, k, columnTotals);
    }

    /** Hides the first candidate that leaves {@code cell} undetermined; failing that, hides the whole table. */
    private static void free(int[] cell, long[][] grid, CellState[][] states, List<int[][]> lines, int rows, int cols) {
        for (int[] candidate : candidates(grid, states, rows, cols)) {
            CellState[][] trial = copy(states);
            trial[candidate[0]][candidate[1]] = CellState.COMPLEMENTARY;
            classicRule(grid, trial, lines, rows, cols);
            boolean freed = LinearAudit.determined(trial, lines).stream()
                    .noneMatch(d -> d[0] == cell[0] && d[1] == cell[1]);
            if (freed) {
                copyInto(trial, states);
                return;
            }
        }
        for (CellState[] row : states) {
            for (int c = 0; c < row.length; c++) {
                row[c] = row[c] == CellState.PUBLISHED ? CellState.COMPLEMENTARY : row[c];
            }
        }
    }

    static void classicRule(long[][] grid, CellState[][] states, List<int[][]> lines, int rows, int cols) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int[][] line : lines) {
                if (hiddenIn(line, states) == 1) {
                    int[] pick = smallestPublished(line, grid, states, rows, cols);
                    states[pick[0]][pick[1]] = CellState.COMPLEMENTARY;
                    changed = true;
                }
            }
        }
    }

    private static int hiddenIn(int[][] line, CellState[][] states) {
        int n = 0;
        for (int[] e : line) {
            n += states[e[0]][e[1]] == CellState.PUBLISHED ? 0 : 1;
        }
        return n;
    }

    private static int[] smallestPublished(int[][] line, long[][] grid, CellState[][] states, int rows, int cols) {
        List<int[]> open = new ArrayList<>();
        for (int[] e : line) {
            if (states[e[0]][e[1]] == CellState.PUBLISHED) {
                open.add(e);
            }
        }
        return open.stream().min(preference(grid, rows, cols)).orElseThrow();
    }

    private static List<int[]> candidates(long[][] grid, CellState[][] states, int rows, int cols) {
        List<int[]> out = new ArrayList<>();
        for (int r = 0; r < grid.length; r++) {
            for (int c = 0; c < grid[r].length; c++) {
                if (states[r][c] == CellState.PUBLISHED) {
                    out.add(new int[] {r, c});
                }
            }
        }
        out.sort(preference(grid, rows, cols));
        return out;
    }

    /** Interior non-zero cells first, smallest first; then zero cells; totals last. */
    private static Comparator<int[]> preference(long[][] grid, int rows, int cols) {
        return Comparator.<int[]>comparingInt(e -> e[0] >= rows || e[1] >= cols ? 2 : grid[e[0]][e[1]] == 0 ? 1 : 0)
                .thenComparingLong(e -> grid[e[0]][e[1]]).thenComparingInt(e -> e[0]).thenComparingInt(e -> e[1]);
    }

    private static CellState[][] copy(CellState[][] s) {
        CellState[][] out = new CellState[s.length][];
        for (int r = 0; r < s.length; r++) {
            out[r] = s[r].clone();
        }
        return out;
    }

    private static void copyInto(CellState[][] from, CellState[][] to) {
        for (int r = 0; r < from.length; r++) {
            System.arraycopy(from[r], 0, to[r], 0, from[r].length);
        }
    }
}
