package org.recourse.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Attacks the visibility filter: restricted passages (p41 restricted source, p42 consent
 * withdrawn, p43 both) must not show in hits, totals, facets or snippets, whatever the query.
 */
class SearchPermissionTests {

    @TempDir
    static Path folder;
    static SearchIndex index;

    @BeforeAll
    static void indexCorpus() {
        index = new SearchIndex(folder);
        index.rebuild(FictionalPassages.all().stream(), 1);
    }

    @AfterAll
    static void close() {
        index.close();
    }

    private static SearchResult search(String query, Visibility v) {
        return index.search(new SearchRequest(query, v, SortOrder.RELEVANCE, 0, 100, true));
    }

    private static Map<String, Long> facet(SearchResult r, String field) {
        return r.facets().get(field).stream().collect(Collectors.toMap(SearchResult.FacetCount::code, SearchResult.FacetCount::count));
    }

    @Test
    void restrictedPassagesStayOutOfHitsTotalsAndFacets() {
        SearchResult r = search("Hoeryong", Visibility.untaggedOnly());
        assertThat(r.hits()).extracting(SearchResult.Hit::passageId).containsExactlyInAnyOrder("p01", "p21", "p22");
        assertThat(r.total()).isEqualTo(3);
        assertThat(facet(r, "violation")).doesNotContainKey("rape").doesNotContainKey("torture");
        assertThat(facet(r, "perpetrator").values().stream().mapToLong(Long::longValue).sum()).isEqualTo(3);
    }

    @Test
    void aWordOnlyARestrictedPassageHoldsFindsNothingAtAll() {
        SearchResult r = search("자료", Visibility.untaggedOnly());
        assertThat(r.total()).isZero();
        assertThat(r.hits()).isEmpty();
        assertThat(r.facets().values()).allSatisfy(counts -> assertThat(counts).isEmpty());
    }

    @Test
    void aPurelyNegativeQueryDoesNotOpenTheWholeIndex() {
        SearchResult r = search("NOT zzzz", Visibility.untaggedOnly());
        assertThat(r.total()).isEqualTo(40);
        assertThat(r.hits()).extracting(SearchResult.Hit::passageId).doesNotContain("p41", "p42", "p43");
        assertThat(facet(r, "violation").get("rape")).isEqualTo(2);
    }

    @Test
    void grantingATagShowsOnlyPassagesWhoseEveryTagIsGranted() {
        SearchResult r = search("Hoeryong OR 회령", Visibility.granting("source-r1"));
        assertThat(r.hits()).extracting(SearchResult.Hit::passageId).containsExactlyInAnyOrder("p01", "p21", "p22", "p41");
        assertThat(facet(r, "violation").get("rape")).isEqualTo(1);
        SearchResult both = search("Hoeryong", Visibility.granting("source-r1", "consent-withdrawn"));
        assertThat(both.hits()).extracting(SearchResult.Hit::passageId).contains("p41", "p42", "p43");
    }

    @Test
    void snippetsComeOnlyFromVisiblePassages() {
        SearchResult r = search("보위원", Visibility.untaggedOnly());
        List<String> snippets = r.hits().stream().map(h -> h.snippetText("", "")).toList();
        assertThat(r.hits()).extracting(SearchResult.Hit::passageId).containsExactly("p01");
        assertThat(snippets).noneMatch(s -> s.contains("자료"));
    }

    @Test
    void withdrawnConsentTagHidesAPassageFromFieldFilteredSearchesToo() {
        SearchResult r = search("violation:rape year:2005", Visibility.granting("source-r1"));
        assertThat(r.hits()).extracting(SearchResult.Hit::passageId).containsExactly("p41");
        assertThat(r.total()).isEqualTo(1);
    }
}
