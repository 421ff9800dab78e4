package org.recourse.analysis.internal;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.recourse.analysis.CaptureHistory;
import org.recourse.analysis.CaptureTable;
import org.recourse.shared.InvalidInputException;

/**
 * Reads a capture-history table: a header naming the lists and a final {@code count} column,
 * then one row per pattern with 0/1 per list. Repeated patterns are added up. Every problem is
 * reported with the source name and line, never with a stack trace.
 */
public final class CaptureCsv {

    private CaptureCsv() {
    }

    public static CaptureTable read(Reader in, String source) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(false).get();
        try (CSVParser parser = CSVParser.parse(in, format)) {
            List<CSVRecord> rows = parser.getRecords().stream().filter(r -> !(r.size() == 1 && r.get(0).isBlank())).toList();
            if (rows.isEmpty()) {
                throw problem(source, 1, "the file is empty; expected a header with one column per list and 'count'");
            }
            List<String> lists = lists(rows.get(0), source);
            TreeMap<Integer, Long> counts = new TreeMap<>();
            for (CSVRecord row : rows.subList(1, rows.size())) {
                readRow(row, lists.size(), source, counts);
            }
            if (counts.isEmpty()) {
                throw problem(source, rows.size() + 1, "the table has no rows with cases");
            }
            List<CaptureHistory> histories = new ArrayList<>();
            counts.forEach((mask, count) -> histories.add(new CaptureHistory(bits(mask, lists.size()), count)));
            return new CaptureTable(source, lists, histories);
        }
    }

    private static List<String> lists(CSVRecord header, String source) {
        List<String> names = new ArrayList<>();
        header.forEach(names::add);
        int countColumn = names.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList().indexOf("count");
        if (countColumn < 0) {
            throw problem(source, 1, "no 'count' column; the header must end with 'count' after the list columns");
        }
        if (countColumn != names.size() - 1) {
            throw problem(source, 1, "'count' must be the last column");
        }
        List<String> lists = names.subList(0, countColumn);
        if (lists.size() < 2) {
            throw problem(source, 1, "only " + lists.size() + " list column; estimation needs at least two lists");
        }
        if (lists.size() > CaptureTable.MAX_LISTS) {
            throw problem(source, 1, lists.size() + " list columns; at most " + CaptureTable.MAX_LISTS + " are supported");
        }
        if (lists.stream().anyMatch(String::isBlank) || lists.stream().distinct().count() != lists.size()) {
            throw problem(source, 1, "list columns need distinct, non-empty names");
        }
        return List.copyOf(lists);
    }

    private static void readRow(CSVRecord row, int width, String source, TreeMap<Integer, Long> counts) {
        long line = row.getRecordNumber();
        if (row.size() != width + 1) {
            throw problem(source, line, "has " + row.size() + " fields; expected " + (width + 1));
        }
        int mask = 0;
        for (int i = 0; i < width; i++) {
            String v = row.get(i);
            if (!v.equals("0") && !v.equals("1")) {
                throw problem(source, line, "column " + (i + 1) + " is '" + abbreviate(v) + "'; list columns take 0 or 1");
            }
            mask |= (v.equals("1") ? 1 : 0) << i;
        }
        long count = count(row.get(width), source, line);
        if (mask == 0) {
            throw problem(source, line, "the all-zero row (on no list) cannot be observed; remove it");
        }
        if (count > 0) {
            counts.merge(mask, count, Long::sum);
        }
    }

    private static long count(String v, String source, long line) {
        long count;
        try {
            count = Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw problem(source, line, "count '" + abbreviate(v) + "' is not a whole number");
        }
        if (count < 0) {
            throw problem(source, line, "count " + count + " is negative");
        }
        return count;
    }

    private static List<Boolean> bits(int mask, int width) {
        List<Boolean> bits = new ArrayList<>(width);
        for (int i = 0; i < width; i++) {
            bits.add((mask >> i & 1) == 1);
        }
        return bits;
    }

    private static String abbreviate(String v) {
        return v.length() <= 12 ? v : v.substring(0, 12) + "...";
    }

    private static InvalidInputException problem(String source, long line, String reason) {
        return new InvalidInputException(source + " line " + line, reason);
    }
}
