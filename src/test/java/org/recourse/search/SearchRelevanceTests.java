package org.recourse.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Korean and English queries over the fictional corpus with the exact set of passages each
 * must find; then the same set against a StandardAnalyzer baseline (Unicode word breaks, no
 * morphology, no stemming), which shows what the Korean and English chains add.
 */
class SearchRelevanceTests {

    /** Query → every visible passage it must find, no more. */
    static final Map<String, Set<String>> EXPECTED = new LinkedHashMap<>();

    static {
        // Korean nouns with particles
        expect("보위부", "p01", "p02", "p03", "p15");
        expect("보위부에서", "p01", "p02", "p03", "p15");
        expect("보안원", "p09", "p10", "p19");
        expect("집결소", "p08", "p19", "p20");
        expect("장마당", "p09", "p14");
        expect("강제북송", "p08");
        expect("탈북", "p07");
        expect("꽃제비", "p14");
        expect("여성", "p04", "p05", "p07", "p08", "p17", "p20");
        // Korean verb inflection
        expect("때리다", "p11");
        // North Korean spelling, both ways
        expect("노동단련대", "p04", "p05");
        expect("로동단련대", "p04", "p05");
        expect("이유", "p10");
        expect("역사", "p16");
        // Romanisation variants and Hangul place names
        expect("Hoeryong", "p01", "p21", "p22");
        expect("회령", "p01", "p21", "p22");
        expect("Hweryong", "p01", "p21", "p22");
        expect("Chongjin", "p15", "p32");
        expect("Sinuiju", "p08", "p29");
        expect("Musan", "p20", "p33");
        expect("Onsŏng", "p19", "p39");
        expect("혜산", "p13", "p35");
        // English stemming
        expect("beating", "p24", "p28", "p33");
        expect("broker", "p25", "p26");
        expect("trafficking", "p26");
        expect("repatriated", "p29", "p30");
        expect("interrogations", "p21");
        // Phrases
        expect("\"self-criticism letter\"", "p27");
        expect("\"pre-trial detention\"", "p23");
        expect("\"holding centre\"", "p22", "p29");
        expect("\"강제 낙태\"", "p08");
        // Boolean
        expect("broker AND China", "p25");
        expect("보위부 OR 보안원", "p01", "p02", "p03", "p15", "p09", "p10", "p19");
        expect("police NOT raped", "p24", "p28");
        expect("police -raped", "p24", "p28");
        expect("(보위부 OR Hoeryong) AND 구류장", "p02", "p15");
        expect("Hoeryong 보위부", "p01");
        // Field filters
        expect("violation:rape", "p17", "p23");
        expect("보위부 year:2005..2009", "p03", "p15");
        expect("perpetrator:police lang:en", "p22", "p23", "p24", "p39");
        expect("country:china trafficked", "p26");
        expect("location:pretrial_detention 여성", "p08", "p20");
        expect("source:s07 women", "p30");
    }

    private static void expect(String query, String... ids) {
        EXPECTED.put(query, Set.of(ids));
    }

    @TempDir
    static Path ours;
    @TempDir
    static Path baseline;
    static SearchIndex index;
    static SearchIndex baselineIndex;

    @BeforeAll
    static void indexCorpus() {
        index = new SearchIndex(ours);
        baselineIndex = new SearchIndex(baseline, new StandardAnalyzer(), SearchIndex.DEFAULT_TIMEOUT_MS);
        index.rebuild(FictionalPassages.all().stream(), 43);
        baselineIndex.rebuild(FictionalPassages.all().stream(), 43);
    }

    @AfterAll
    static void close() {
        index.close();
        baselineIndex.close();
    }

    static Set<String> ids(SearchIndex on, String query) {
        SearchResult r = on.search(new SearchRequest(query, Visibility.untaggedOnly(), SortOrder.RELEVANCE, 0, 100, false));
        Set<String> ids = new TreeSet<>();
        r.hits().forEach(h -> ids.add(h.passageId()));
        return ids;
    }

    @Test
    void everyQueryFindsExactlyTheExpectedPassages() {
        List<String> wrong = new ArrayList<>();
        EXPECTED.forEach((query, expected) -> {
            Set<String> found = ids(index, query);
            if (!found.equals(new TreeSet<>(expected))) {
                wrong.add(query + " -> " + found + " expected " + new TreeSet<>(expected));
            }
        });
        assertThat(wrong).isEmpty();
    }

    @Test
    void baselineWithoutKoreanAndEnglishAnalysisMissesMost() {
        int oursFound = 0;
        int baselineFound = 0;
        int expectedTotal = 0;
        int baselinePerfect = 0;
        for (var e : EXPECTED.entrySet()) {
            Set<String> got = ids(baselineIndex, e.getKey());
            long hit = got.stream().filter(e.getValue()::contains).count();
            baselineFound += (int) hit;
            oursFound += (int) ids(index, e.getKey()).stream().filter(e.getValue()::contains).count();
            expectedTotal += e.getValue().size();
            baselinePerfect += got.equals(e.getValue()) ? 1 : 0;
            if (!got.equals(e.getValue())) {
                Set<String> missed = new TreeSet<>(e.getValue());
                missed.removeAll(got);
                System.out.println("baseline misses for " + e.getKey() + ": " + missed);
            }
        }
        System.out.printf("recall over %d queries: ours %d/%d, baseline %d/%d; baseline exact on %d queries%n",
                EXPECTED.size(), oursFound, expectedTotal, baselineFound, expectedTotal, baselinePerfect);
        assertThat(oursFound).isEqualTo(expectedTotal);
        assertThat(baselineFound).isLessThan(expectedTotal / 2);
        assertThat(ids(baselineIndex, "보위부")).containsExactly("p15");
    }

    @Test
    void snippetMarksTheNounInsideTheInflectedWord() {
        SearchResult r = index.search(SearchRequest.of("보위부", Visibility.untaggedOnly()));
        SearchResult.Hit p01 = r.hits().stream().filter(h -> h.passageId().equals("p01")).findFirst().orElseThrow();
        assertThat(p01.snippet()).contains(new SearchResult.Segment("보위부", true));
        assertThat(p01.snippetText("[", "]")).contains("[보위부]에서");
    }
}
