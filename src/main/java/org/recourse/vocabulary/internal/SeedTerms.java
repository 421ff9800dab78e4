package org.recourse.vocabulary.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.recourse.vocabulary.Term;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds the starting thesauri (vocabulary/seed.tsv) into an empty installation, once; before
 * the web server takes its first request (not as an application runner, which runs after it).
 */
@Component
public class SeedTerms implements SmartInitializingSingleton {

    private final Terms terms;
    private final TransactionTemplate tx;

    SeedTerms(Terms terms, TransactionTemplate tx) {
        this.terms = terms;
        this.tx = tx;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (!terms.isEmpty()) {
            return;
        }
        List<Term> seed = read();
        tx.executeWithoutResult(s -> seed.forEach(terms::insert));
    }

    /** The starting thesauri of this version, parents before their children. */
    public static List<Term> read() {
        var in = SeedTerms.class.getResourceAsStream("/vocabulary/seed.tsv");
        if (in == null) {
            throw new IllegalStateException("vocabulary/seed.tsv is missing from the application");
        }
        List<Term> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            r.lines().filter(l -> !l.startsWith("#") && !l.startsWith("scheme\t") && !l.isBlank())
                    .forEach(l -> out.add(parse(l)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Parents first, so that a seeded hierarchy is consistent at every insert.
        out.sort((a, b) -> Boolean.compare(a.parent().isPresent(), b.parent().isPresent()));
        return out;
    }

    private static Term parse(String line) {
        String[] f = line.split("\t", -1);
        List<String> synonyms = f.length > 5 && !f[5].isBlank()
                ? Arrays.stream(f[5].split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList()
                : List.of();
        return new Term(f[0], f[1], f[2].isBlank() ? Optional.empty() : Optional.of(f[2]), f[3], f[4], synonyms, false, 1);
    }
}
