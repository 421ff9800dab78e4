package org.recourse.exchange.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.recourse.exchange.ImportProblem;

/**
 * Reads CSV text (RFC 4180, as spreadsheets write it). A row with more or fewer cells than the
 * header is reported and left out, as is one with the NUL character in a cell; broken quoting
 * stops the reading at the row where it starts, since nothing after an unclosed quote can be
 * trusted.
 */
public final class CsvTables {

    private CsvTables() {
    }

    public static Table read(String text) {
        List<ImportProblem> problems = new ArrayList<>();
        List<Table.Row> rows = new ArrayList<>();
        List<String> header = List.of();
        Map<String, String> pool = new HashMap<>();
        try (CSVParser parser = CSVFormat.RFC4180.builder().get().parse(new StringReader(text))) {
            Iterator<CSVRecord> records = parser.iterator();
            long lastRecord = 0;
            boolean first = true;
            while (true) {
                CSVRecord r;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    r = records.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    problems.add(new ImportProblem((int) lastRecord + 1, "",
                            "broken quoting: a quoted cell is not closed or has text after its closing quote;"
                                    + " the rest of the file was not read"));
                    break;
                }
                lastRecord = r.getRecordNumber();
                if (first) {
                    header = Table.normalise(r.toList());
                    first = false;
                    continue;
                }
                add(r, header, rows, problems, pool);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Table(header, rows, problems);
    }

    /** Short cell values kept as one shared string each (codes, dates, places repeat on every row), up to this many. */
    static final int POOLED = 4_096;
    private static final int POOLED_LENGTH = 40;

    private static void add(CSVRecord r, List<String> header, List<Table.Row> rows, List<ImportProblem> problems,
            Map<String, String> pool) {
        int row = (int) r.getRecordNumber();
        // The record's own array, not a copy: nothing else holds the record.
        String[] values = r.values();
        for (int i = 0; i < values.length; i++) {
            String v = values[i];
            if (v != null && v.length() <= POOLED_LENGTH) {
                String shared = pool.get(v);
                if (shared != null) {
                    values[i] = shared;
                } else if (pool.size() < POOLED) {
                    pool.put(v, v);
                }
            }
        }
        List<String> cells = Collections.unmodifiableList(Arrays.asList(values));
        if (cells.size() == 1 && cells.get(0).isBlank()) {
            return;
        }
        if (cells.size() != header.size()) {
            problems.add(new ImportProblem(row, "", "has " + cells.size() + " cells but the header has " + header.size()
                    + " columns (ragged row)"));
            return;
        }
        int nul = Table.nulCell(cells);
        if (nul >= 0) {
            problems.add(new ImportProblem(row, header.get(nul), Table.NUL));
            return;
        }
        rows.add(new Table.Row(row, cells));
    }
}
