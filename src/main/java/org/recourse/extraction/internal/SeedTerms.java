package org.recourse.extraction.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.recourse.extraction.ExtractionTerm;

/** Reads the thesaurus seed ({@code vocabulary/seed.tsv}) for uses without a database, such as the CLI. */
public final class SeedTerms {

    public static final String RESOURCE = "/vocabulary/seed.tsv";

    private SeedTerms() {
    }

    public static List<ExtractionTerm> load() {
        try (InputStream in = SeedTerms.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the thesaurus seed " + RESOURCE + " is missing from the classpath");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the thesaurus seed", e);
        }
    }

    static List<ExtractionTerm> parse(BufferedReader reader) throws IOException {
        List<ExtractionTerm> terms = new ArrayList<>();
        String line;
        boolean header = true;
        while ((line = reader.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length >= 5) {
                List<String> synonyms = f.length > 5 && !f[5].isBlank()
                        ? Arrays.stream(f[5].split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList()
                        : List.of();
                terms.add(new ExtractionTerm(f[0].strip(), f[1].strip(), f[3].strip(), f[4].strip(), synonyms));
            }
        }
        return terms;
    }
}
