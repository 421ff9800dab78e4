package org.recourse.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/** The fictional test corpus ({@code fictional-passages.tsv}): 40 visible passages and 3 restricted ones. */
final class FictionalPassages {

    private FictionalPassages() {
    }

    static List<PassageDocument> all() {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                FictionalPassages.class.getResourceAsStream("fictional-passages.tsv"), StandardCharsets.UTF_8))) {
            List<PassageDocument> out = new ArrayList<>();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.startsWith("#") && !line.isBlank()) {
                    out.add(parse(line.split("\t", -1)));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PassageDocument parse(String[] c) {
        OptionalInt year = c[4].isEmpty() ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(c[4]));
        return new PassageDocument(c[0], c[1], c[2], c[3], c[10], year, year, list(c[5]), list(c[6]), list(c[7]), c[8],
                Set.copyOf(list(c[9])));
    }

    private static List<String> list(String cell) {
        return cell.isEmpty() ? List.of() : Arrays.asList(cell.split(","));
    }
}
