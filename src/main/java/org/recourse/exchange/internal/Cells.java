package org.recourse.exchange.internal;

import java.util.ArrayList;
import java.util.List;
import org.recourse.exchange.ImportProblem;
import org.recourse.shared.FuzzyDate;

/** One row being read: cells by column name, and the problems found in it. */
final class Cells {

    private final Table table;
    private final Table.Row row;
    private final Codes codes;
    private final java.util.Map<String, String> pool;
    private final java.util.Map<String, String> dates;
    /** Made at the first problem: a million valid rows need no list each. */
    private List<ImportProblem> problems;

    Cells(Table table, Table.Row row, Codes codes) {
        this(table, row, codes, new java.util.HashMap<>(), new java.util.HashMap<>());
    }

    /**
     * A row of a file whose rows share {@code pool} (one string per distinct repeated value) and
     * {@code dates} (each distinct date text with the problem it has, empty when none): a
     * million rows carry a few hundred distinct dates, each parsed once.
     */
    Cells(Table table, Table.Row row, Codes codes, java.util.Map<String, String> pool,
            java.util.Map<String, String> dates) {
        this.table = table;
        this.row = row;
        this.codes = codes;
        this.pool = pool;
        this.dates = dates;
    }

    int row() {
        return row.number();
    }

    String get(String column) {
        return get(table, row, column);
    }

    /** A cell's value as read: spreadsheet formula protection undone, surrounding space stripped; blank when no such column. */
    static String get(Table table, Table.Row row, String column) {
        int i = table.position(column);
        return i < 0 ? "" : Formulas.restore(row.cells().get(i)).strip();
    }

    void problem(String column, String reason) {
        if (problems == null) {
            problems = new ArrayList<>(2);
        }
        problems.add(new ImportProblem(row.number(), column, reason));
    }

    /** The problems found in this row so far. */
    List<ImportProblem> problems() {
        return problems == null ? List.of() : problems;
    }

    String text(String column, int max, boolean required) {
        String v = get(column);
        if (required && v.isEmpty()) {
            problem(column, "is required");
        } else if (v.length() > max) {
            problem(column, "is longer than " + max + " characters");
        }
        return v;
    }

    /** The text of a cell whose values repeat (dates, provinces), as one shared string per distinct value. */
    String shared(String text) {
        return pool.computeIfAbsent(text, k -> k);
    }

    String date(String column) {
        String v = shared(get(column));
        String problem = dates.computeIfAbsent(v, Cells::dateProblem);
        if (!problem.isEmpty()) {
            problem(column, problem);
        }
        return v;
    }

    private static String dateProblem(String text) {
        try {
            FuzzyDate.parse(text);
            return "";
        } catch (IllegalArgumentException e) {
            return java.util.Objects.requireNonNullElse(e.getMessage(), "is not a date");
        }
    }

    /** A vocabulary code; by label too when {@code labels} (Uwazi files). Blank is allowed. */
    String code(String column, String scheme, String value, boolean labels) {
        if (value.isEmpty()) {
            return "";
        }
        if (labels) {
            return codes.fromCodeOrLabel(scheme, value).orElseGet(() -> unknown(column, scheme));
        }
        return codes.usableCode(scheme, value).orElseGet(() -> unknown(column, scheme));
    }

    private String unknown(String column, String scheme) {
        problem(column, "is not a usable code of the " + scheme + " vocabulary");
        return "";
    }
}
