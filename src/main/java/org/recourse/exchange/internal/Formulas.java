package org.recourse.exchange.internal;

/**
 * Spreadsheet formula injection (OWASP "CSV Injection"): a cell that starts with = + - @ tab or
 * carriage return is run as a formula by Excel, LibreOffice and Google Sheets. On export such a
 * cell is prefixed with a single quote, which spreadsheets show as text; on import the quote is
 * taken off again, so a round trip keeps the text as it was.
 */
public final class Formulas {

    private Formulas() {
    }

    public static String neutralise(String cell) {
        return dangerous(cell, 0) ? "'" + cell : cell;
    }

    public static String restore(String cell) {
        return cell.length() > 1 && cell.charAt(0) == '\'' && dangerous(cell, 1) ? cell.substring(1) : cell;
    }

    private static boolean dangerous(String cell, int at) {
        if (cell == null || cell.length() <= at) {
            return false;
        }
        char c = cell.charAt(at);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }
}
