package org.recourse.exchange.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.recourse.exchange.ImportProblem;

/**
 * A file read as a header and rows, with the problems met while reading (ragged rows, broken
 * quoting). Row numbers are spreadsheet rows: the header is row 1.
 */
public record Table(List<String> header, List<Row> rows, List<ImportProblem> problems) {

    public Table {
        header = List.copyOf(header);
    }

    /** One data row and its spreadsheet row number. */
    public record Row(int number, List<String> cells) {
    }

    /** The position of a column by name (case and surrounding space ignored). */
    public Optional<Integer> column(String name) {
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).strip().equalsIgnoreCase(name)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    public boolean has(String name) {
        return column(name).isPresent();
    }

    static List<String> normalise(List<String> header) {
        List<String> out = new ArrayList<>();
        header.forEach(h -> out.add(h == null ? "" : h.strip().toLowerCase(Locale.ROOT)));
        return out;
    }
}
