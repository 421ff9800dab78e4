package org.recourse.exchange;

/**
 * One problem in an imported file: the spreadsheet row (1 is the header; 0 the whole file),
 * the column's name (empty for the whole row) and what is wrong. Never echoes the cell.
 */
public record ImportProblem(int row, String column, String reason) {

    @Override
    public String toString() {
        String where = row == 0 ? "file" : "row " + row;
        return column.isEmpty() ? where + ": " + reason : where + ", column " + column + ": " + reason;
    }
}
