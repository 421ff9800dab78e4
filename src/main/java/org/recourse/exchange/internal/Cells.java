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
    final List<ImportProblem> problems = new ArrayList<>(0);

    Cells(Table table, Table.Row row, Codes codes) {
        this(table, row, codes, new java.util.HashMap<>());
    }

    Cells(Table table, Table.Row row, Codes codes, java.util.Map<String, String> pool) {
        this.table = table;
        this.row = row;
        this.codes = codes;
        this.pool = pool;
    }

    int row() {
        return row.number();
    }

    String get(String column) {
        return table.column(column).map(i -> Formulas.restore(row.cells().get(i)).strip()).orElse("");
    }

    void problem(String column, String reason) {
        problems.add(new ImportProblem(row.number(), column, reason));
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
        try {
            FuzzyDate.parse(v);
        } catch (IllegalArgumentException e) {
            problem(column, e.getMessage());
        }
        return v;
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
