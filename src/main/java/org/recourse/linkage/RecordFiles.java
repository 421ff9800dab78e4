package org.recourse.linkage;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.recourse.shared.InvalidInputException;

/**
 * Reads record files as people export them: comma, tab, semicolon or pipe separated (the most
 * frequent of these outside quotes on the header line), UTF-8, else Korean CP949 when the bytes are
 * exactly that and hold Hangul, else Latin-1 (UTF-16 and binary files are refused), quoted fields
 * that span lines, spaces after separators, CRLF line ends. A wrong file is refused with its
 * name and line: empty, ragged rows, missing or repeated ids.
 */
public final class RecordFiles {

    private RecordFiles() {
    }

    public static List<LinkRecord> read(Path file, String idColumn, Set<String> ignore) {
        Table t = readTable(file);
        int id = t.column(idColumn);
        if (id < 0) {
            throw problem(file, "no column '" + idColumn + "'; the columns are " + String.join(", ", t.header()));
        }
        for (String col : ignore) {
            if (t.column(col) < 0) {
                throw problem(file, "--ignore names no column '" + col + "'; the columns are " + String.join(", ", t.header()));
            }
        }
        Map<String, Long> seen = new HashMap<>();
        List<LinkRecord> records = new ArrayList<>(t.rows().size());
        for (int r = 0; r < t.rows().size(); r++) {
            List<String> row = t.rows().get(r);
            long line = t.lines().get(r);
            String key = row.get(id);
            if (key.isBlank()) {
                throw problem(file, "line " + line + ": the id is empty");
            }
            Long first = seen.putIfAbsent(key, line);
            if (first != null) {
                throw problem(file, "line " + line + ": id '" + key + "' was already used on line " + first);
            }
            Map<String, String> fields = new LinkedHashMap<>();
            for (int c = 0; c < row.size(); c++) {
                if (c != id && !ignore.contains(t.header().get(c))) {
                    fields.put(t.header().get(c), row.get(c));
                }
            }
            records.add(new LinkRecord(key, fields));
        }
        return records;
    }

    public static Table readTable(Path file) {
        String text = decode(file);
        if (text.isBlank()) {
            throw problem(file, "the file is empty");
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter(text)).setIgnoreSurroundingSpaces(true)
                .setTrim(true).setIgnoreEmptyLines(true).get();
        List<String> header = null;
        List<List<String>> rows = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            long end = 0;
            for (CSVRecord rec : parser) {
                long start = end + 1;
                end = parser.getCurrentLineNumber();
                List<String> values = rec.toList();
                if (header == null) {
                    header = values;
                    continue;
                }
                if (values.size() != header.size()) {
                    throw problem(file, "line " + start + " has " + values.size() + " fields but the header has "
                            + header.size());
                }
                rows.add(values);
                lines.add(start);
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw problem(file, "cannot be parsed as delimited text: " + e.getMessage());
        }
        if (rows.isEmpty()) {
            throw problem(file, "has a header line but no records");
        }
        return new Table(file.toString(), header, rows, lines);
    }

    static char delimiter(String text) {
        char best = ',';
        int bestCount = 0;
        for (char d : new char[] {',', '\t', '|', ';'}) {
            int count = 0;
            boolean quoted = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '"') {
                    quoted = !quoted;
                } else if (!quoted && (c == '\n' || c == '\r')) {
                    break;
                } else if (!quoted && c == d) {
                    count++;
                }
            }
            if (count > bestCount) {
                best = d;
                bestCount = count;
            }
        }
        return best;
    }

    private static String decode(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw problem(file, "cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        if (bytes.length >= 2 && (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF
                || bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)) {
            throw problem(file, "is UTF-16 text; save it as UTF-8 (or Latin-1)");
        }
        for (byte b : bytes) {
            if (b == 0) {
                throw problem(file, "is not a text file (it holds zero bytes); give a CSV or tab-separated file");
            }
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            text = korean(bytes).orElseGet(() -> new String(bytes, StandardCharsets.ISO_8859_1));
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** Korean CP949 (what Excel saves in Korea), when the bytes are exactly that and hold Hangul; else empty. */
    private static java.util.Optional<String> korean(byte[] bytes) {
        try {
            String text = java.nio.charset.Charset.forName("x-windows-949").newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return text.chars().anyMatch(c -> c >= 0xAC00 && c <= 0xD7A3) ? java.util.Optional.of(text)
                    : java.util.Optional.empty();
        } catch (CharacterCodingException e) {
            return java.util.Optional.empty();
        }
    }

    private static InvalidInputException problem(Path file, String reason) {
        return new InvalidInputException(file.toString(), reason);
    }
}
