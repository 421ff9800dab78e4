package org.recourse.report.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Which hidden entries of a table a reader can still compute exactly from what is published.
 * The hidden entries are the unknowns; every published total gives one linear equation (its
 * line sums to it). An unknown is determined exactly when it is the same in every solution,
 * that is when the null space of the equations is zero in its coordinate. We read that off
 * the reduced row echelon form: a pivot variable whose row has no free variable in it is fixed.
 */
public final class LinearAudit {

    private static final double EPS = 1e-9;

    private LinearAudit() {
    }

    /** Lines of the grid: each a list of {row, column, sign} with the entries summing to zero. */
    public static List<int[][]> lines(int rows, int columns, boolean columnTotals) {
        List<int[][]> lines = new ArrayList<>();
        int gridRows = rows + (columnTotals ? 1 : 0);
        for (int r = 0; r < gridRows; r++) {
            int[][] line = new int[columns + 1][];
            for (int c = 0; c <= columns; c++) {
                line[c] = new int[] {r, c, c == columns ? -1 : 1};
            }
            lines.add(line);
        }
        if (columnTotals) {
            for (int c = 0; c <= columns; c++) {
                int[][] line = new int[rows + 1][];
                for (int r = 0; r <= rows; r++) {
                    line[r] = new int[] {r, c, r == rows ? -1 : 1};
                }
                lines.add(line);
            }
        }
        return lines;
    }

    /** The hidden entries (as {row, column}) that the published entries pin down exactly. */
    public static List<int[]> determined(CellState[][] states, List<int[][]> lines) {
        List<int[]> unknowns = new ArrayList<>();
        int[][] index = new int[states.length][states[0].length];
        for (int r = 0; r < states.length; r++) {
            for (int c = 0; c < states[r].length; c++) {
                index[r][c] = states[r][c] == CellState.PUBLISHED ? -1 : unknowns.size();
                if (index[r][c] >= 0) {
                    unknowns.add(new int[] {r, c});
                }
            }
        }
        double[][] m = new double[lines.size()][unknowns.size()];
        for (int i = 0; i < lines.size(); i++) {
            for (int[] e : lines.get(i)) {
                if (index[e[0]][e[1]] >= 0) {
                    m[i][index[e[0]][e[1]]] += e[2];
                }
            }
        }
        List<int[]> out = new ArrayList<>();
        for (int j : fixedVariables(m, unknowns.size())) {
            out.add(unknowns.get(j));
        }
        return out;
    }

    private static List<Integer> fixedVariables(double[][] m, int n) {
        List<Integer> pivots = new ArrayList<>();
        int row = 0;
        for (int col = 0; col < n && row < m.length; col++) {
            int best = row;
            for (int r = row + 1; r < m.length; r++) {
                if (Math.abs(m[r][col]) > Math.abs(m[best][col])) {
                    best = r;
                }
            }
            if (Math.abs(m[best][col]) < EPS) {
                continue;
            }
            double[] t = m[row];
            m[row] = m[best];
            m[best] = t;
            eliminate(m, row, col);
            pivots.add(col);
            row++;
        }
        List<Integer> fixed = new ArrayList<>();
        for (int i = 0; i < pivots.size(); i++) {
            if (onlyPivot(m[i], pivots.get(i))) {
                fixed.add(pivots.get(i));
            }
        }
        return fixed;
    }

    private static void eliminate(double[][] m, int row, int col) {
        double p = m[row][col];
        for (int c = 0; c < m[row].length; c++) {
            m[row][c] /= p;
        }
        for (int r = 0; r < m.length; r++) {
            if (r != row && Math.abs(m[r][col]) > EPS) {
                double f = m[r][col];
                for (int c = 0; c < m[r].length; c++) {
                    m[r][c] -= f * m[row][c];
                }
            }
        }
    }

    private static boolean onlyPivot(double[] row, int pivot) {
        for (int c = 0; c < row.length; c++) {
            if (c != pivot && Math.abs(row[c]) > EPS) {
                return false;
            }
        }
        return true;
    }
}
