package org.recourse.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;

class HighlightQueryTests {

    private final PassageAnalyzer analyzer = new PassageAnalyzer();

    private Query highlight(String query) {
        return HighlightQuery.of(QueryCompiler.compile(query, analyzer));
    }

    @Test
    void keepsTheWordsAndDropsYearAndCodeFilters() {
        String q = highlight("broker year:2000..2009 violation:rape").toString();
        assertThat(q).contains("body:broker").doesNotContain("year").doesNotContain("violation");
    }

    @Test
    void dropsExcludedWordsButKeepsPhrasesAndPrefixes() {
        String q = highlight("\"holding centre\" traffick* NOT china").toString();
        assertThat(q).contains("body:\"hold centr\"").contains("body:traffick*").doesNotContain("china");
    }

    @Test
    void aQueryOfFiltersOnlyHighlightsNothing() {
        assertThat(highlight("country:china year:2005")).isInstanceOf(MatchNoDocsQuery.class);
    }
}
