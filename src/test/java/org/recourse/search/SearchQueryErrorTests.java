package org.recourse.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.recourse.search.internal.PassageAnalyzer;
import org.recourse.shared.InvalidInputException;

/** Malformed and pathological queries are answered with a message naming the problem, never a crash. */
class SearchQueryErrorTests {

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

    private static SearchResult search(String q) {
        return index.search(SearchRequest.of(q, Visibility.untaggedOnly()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "(보위부 OR police|'(' at character 1 is not closed",
        "보위부)|')' at character 4 closes no parenthesis",
        "\"pre-trial detention|quote at character 1 is not closed",
        "AND police|'AND' at character 1 needs a word before it",
        "police AND|'AND' at character 8 needs a word after it",
        "police OR|'OR' at character 8 needs a word after it",
        "NOT|needs a word",
        "colour:red|unknown field 'colour:'",
        "year:20x5|takes a year",
        "year:2009..2000|ends before it starts",
        "violation:|needs a value",
        "*olice|only as a final *",
        "po?ice|only as a final *",
        "p*|at least two letters",
        "/[a-z]+(xy)*/|regular expressions",
        "the of and|no searchable words"})
    void malformedQueriesAreRejectedWithTheReason(String query, String reason) {
        assertThatThrownBy(() -> search(query))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(reason);
    }

    @Test
    void anEmptyQueryIsRejected() {
        assertThatThrownBy(() -> search("   ")).isInstanceOf(InvalidInputException.class).hasMessageContaining("empty");
    }

    @Test
    void thousandsOfTermsAreRefusedNotRun() {
        String huge = IntStream.range(0, 5000).mapToObj(i -> "w" + i).collect(Collectors.joining(" OR "));
        assertThatThrownBy(() -> search(huge.substring(0, 3999)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("more than 256 terms");
        assertThatThrownBy(() -> search(huge))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("longer than 4000 characters");
    }

    @Test
    void deepNestingIsRefused() {
        String deep = "(".repeat(40) + "police" + ")".repeat(40);
        assertThatThrownBy(() -> search(deep)).isInstanceOf(InvalidInputException.class).hasMessageContaining("nest deeper");
    }

    @Test
    void aSearchThatRunsOutOfTimeAnswersWithWhatItHas(@TempDir Path other) {
        Analyzer analyzer = new PassageAnalyzer();
        try (SearchIndex impatient = new SearchIndex(other, analyzer, 0)) {
            impatient.rebuild(FictionalPassages.all().stream(), 1);
            SearchResult r = impatient.search(SearchRequest.of("NOT zzzz", Visibility.untaggedOnly()));
            assertThat(r.timedOut()).isTrue();
            assertThat(r.total()).isLessThan(40);
        }
    }

    @Test
    void aTrailingStarFindsWordsStartingSo() {
        assertThat(search("traffick*").hits()).extracting(SearchResult.Hit::passageId).containsExactly("p26");
    }
}
