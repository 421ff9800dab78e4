package org.recourse.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writes, near-real-time visibility, the commit sequence for replay, rebuild, sorting and paging. */
class SearchIndexTests {

    @TempDir
    Path folder;

    private static PassageDocument passage(String id, String testimony, String text, int year) {
        return new PassageDocument(id, testimony, "s1", "auto", text, OptionalInt.of(year), OptionalInt.of(year),
                List.of(), List.of(), List.of(), "", Set.of());
    }

    private static long count(SearchIndex index, String query) {
        return index.search(SearchRequest.of(query, Visibility.untaggedOnly())).total();
    }

    @Test
    void aWriteBecomesSearchableWithinASecondWithoutAnExplicitRefresh() {
        try (SearchIndex index = new SearchIndex(folder)) {
            index.index(passage("a", "t1", "The guard at the holding centre in Musan.", 2001));
            long deadline = System.nanoTime() + 1_000_000_000L;
            long found = 0;
            while (found == 0 && System.nanoTime() < deadline) {
                found = count(index, "Musan");
                Thread.onSpinWait();
            }
            assertThat(found).isEqualTo(1);
        }
    }

    @Test
    void reindexingReplacesAndDeletingRemoves() {
        try (SearchIndex index = new SearchIndex(folder)) {
            index.index(passage("a", "t1", "보위부에서 조사를 받았다", 2001));
            index.index(passage("a", "t1", "집결소에서 일했다", 2001));
            index.index(passage("b", "t2", "집결소로 옮겨졌다", 2002));
            index.index(passage("c", "t2", "집결소의 경비원", 2003));
            index.refresh();
            assertThat(count(index, "보위부")).isZero();
            assertThat(count(index, "집결소")).isEqualTo(3);
            index.delete("a");
            index.deleteByTestimony("t2");
            index.refresh();
            assertThat(count(index, "집결소")).isZero();
        }
    }

    @Test
    void theCommittedSequenceSurvivesAReopenSoTheOwnerKnowsWhereToReplayFrom() {
        try (SearchIndex index = new SearchIndex(folder)) {
            assertThat(index.lastCommittedSequence()).isEqualTo(-1);
            index.index(passage("a", "t1", "Musan", 2001));
            index.markApplied(41);
            index.commit();
            index.index(passage("b", "t1", "Hyesan", 2001));
            index.markApplied(42);
        }
        try (SearchIndex reopened = new SearchIndex(folder)) {
            assertThat(reopened.lastCommittedSequence()).isEqualTo(42);
            assertThat(count(reopened, "Musan OR Hyesan")).isEqualTo(2);
        }
    }

    @Test
    void rebuildReplacesEverythingAndRecordsTheSequence() {
        try (SearchIndex index = new SearchIndex(folder)) {
            index.index(passage("old", "t0", "Musan", 2001));
            index.refresh();
            index.rebuild(FictionalPassages.all().stream(), 7);
            assertThat(index.lastCommittedSequence()).isEqualTo(7);
            assertThat(index.search(SearchRequest.of("Musan", Visibility.untaggedOnly())).hits())
                    .extracting(SearchResult.Hit::passageId).containsExactlyInAnyOrder("p20", "p33");
        }
    }

    @Test
    void sortsByDateAndPages() {
        try (SearchIndex index = new SearchIndex(folder)) {
            index.rebuild(FictionalPassages.all().stream(), 1);
            SearchRequest police = new SearchRequest("police", Visibility.untaggedOnly(), SortOrder.NEWEST_FIRST, 0, 2, false);
            assertThat(index.search(police).hits()).extracting(SearchResult.Hit::passageId).containsExactlyInAnyOrder("p24", "p23");
            assertThat(index.search(police.withPage(1, 2)).hits()).extracting(SearchResult.Hit::passageId).containsExactly("p28");
            SearchResult oldest = index.search(police.withSort(SortOrder.OLDEST_FIRST).withPage(0, 3));
            assertThat(oldest.hits().get(0).passageId()).isEqualTo("p28");
            assertThat(oldest.total()).isEqualTo(3);
        }
    }
}
