package org.recourse.exchange.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import org.recourse.exchange.ImportProblem;

/**
 * A file read as a header and rows, with the problems met while reading (ragged rows, broken
 * quoting). Row numbers are spreadsheet rows: the header is row 1.
 */
public record Table(List<String> header, List<Row> rows, List<ImportProblem> problems, Map<String, Integer> positions) {

    public Table(List<String> header, List<Row> rows, List<ImportProblem> problems) {
        this(header, rows, problems, positions(header));
    }

    public Table {
        header = List.copyOf(header);
        positions = Map.copyOf(positions);
    }

    /** Column positions by normalised name, the first of equal names: looked up for every cell of every row. */
    private static Map<String, Integer> positions(List<String> header) {
        Map<String, Integer> out = new HashMap<>();
        for (int i = header.size() - 1; i >= 0; i--) {
            out.put(key(header.get(i)), i);
        }
        return out;
    }

    private static String key(String name) {
        return name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * Why a row is left out when a cell holds the NUL character (U+0000): PostgreSQL cannot store
     * it in text, so neither database is given it (a file read in the wrong encoding shows so).
     */
    static final String NUL = "holds the NUL character (U+0000), which cannot be stored; is the file in another encoding?";

    /** The position of the first cell holding the NUL character, or -1. */
    static int nulCell(List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i);
            if (c != null && c.indexOf('\u0000') >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** One data row and its spreadsheet row number. */
    public record Row(int number, List<String> cells) {
    }

    /** The position of a column by name (case and surrounding space ignored). */
    public Optional<Integer> column(String name) {
        int i = position(name);
        return i < 0 ? Optional.empty() : Optional.of(i);
    }

    /**
     * The position of a column by name, or -1: looked up for every cell of every row, so a name
     * already in normal form (the column constants) is found without making its normal form.
     */
    public int position(String name) {
        Integer i = name == null ? null : positions.get(name);
        if (i == null) {
            i = positions.get(key(name));
        }
        return i == null ? -1 : i;
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
