package org.recourse.cli;

import java.nio.file.Path;
import java.util.stream.IntStream;
import org.recourse.search.SearchIndex;
import org.recourse.search.SearchRequest;
import org.recourse.search.SortOrder;
import org.recourse.search.Visibility;

/**
 * Our search module, through its public API: visibility filter, query parsing and snippets
 * included. Two ways of asking: the benchmark's (top 10 with snippets, no facets, the same
 * work the SQL engines do) and the search page's ({@link #asSearchPage()}: page of 20 with
 * snippets, an exact total and facet counts, as {@code PassageSearch} asks).
 */
final class LuceneBenchEngine implements BenchEngine {

    private final SearchIndex index;
    private final boolean searchPage;

    LuceneBenchEngine(Path folder) {
        this(new SearchIndex(folder), false);
    }

    private LuceneBenchEngine(SearchIndex index, boolean searchPage) {
        this.index = index;
        this.searchPage = searchPage;
    }

    /** The same loaded index, asked as the search page asks; loading and closing it do nothing. */
    LuceneBenchEngine asSearchPage() {
        return new LuceneBenchEngine(index, true);
    }

    @Override
    public String name() {
        return searchPage ? "lucene_search_page" : "lucene";
    }

    @Override
    public String setup() {
        return searchPage
                ? "SearchIndex as the search page asks: page of 20 with snippets, exact total, 5 facets"
                : "SearchIndex (Lucene 9.12, Nori + Porter, BM25), top 10 with snippets, visibility filter on, no facets";
    }

    @Override
    public void load(int n) {
        if (searchPage) {
            return;
        }
        index.rebuild(IntStream.range(0, n).mapToObj(SyntheticPassages::passage), n);
        index.awaitMerges();
    }

    @Override
    public int query(BenchQuery q) {
        SearchRequest request = searchPage
                ? new SearchRequest(q.ours(), Visibility.untaggedOnly(), SortOrder.RELEVANCE, 0, 20, true)
                : new SearchRequest(q.ours(), Visibility.untaggedOnly(), SortOrder.RELEVANCE, 0, 10, false);
        return index.search(request).hits().size();
    }

    @Override
    public void close() {
        if (!searchPage) {
            index.close();
        }
    }
}
