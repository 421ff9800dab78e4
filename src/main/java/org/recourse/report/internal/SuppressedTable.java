package org.recourse.report.internal;

import java.util.Arrays;

/**
 * A table of counts after small-cell suppression. The grid is the table with its totals:
 * {@code values[r][c]} for cells, the last column the row totals and, when the table has
 * column totals, the last row the column totals and the grand total. A one-way table is one
 * row of cells and its total.
 */
public record SuppressedTable(long[][] values, CellState[][] states, int k, boolean columnTotals) {

    public int rows() {
        return values.length - (columnTotals ? 1 : 0);
    }

    public int columns() {
        return values[0].length - 1;
    }

    public boolean hidden(int r, int c) {
        return states[r][c] != CellState.PUBLISHED;
    }

    /** What a reader sees: the count, "<k" for a small count, "x" for a count hidden to protect another. */
    public String shown(int r, int c) {
        return switch (states[r][c]) {
            case PUBLISHED -> Long.toString(values[r][c]);
            case PRIMARY -> "<" + k;
            case COMPLEMENTARY -> "x";
        };
    }

    public long suppressedCount() {
        return Arrays.stream(states).flatMap(Arrays::stream).filter(s -> s != CellState.PUBLISHED).count();
    }
}
