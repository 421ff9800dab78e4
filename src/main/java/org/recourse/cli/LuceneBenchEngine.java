package org.recourse.cli;

import java.nio.file.Path;
import java.util.stream.IntStream;
import org.recourse.search.SearchIndex;
import org.recourse.search.SearchRequest;
import org.recourse.search.SortOrder;
import org.recourse.search.Visibility;

/** Our search module, through its public API: visibility filter, query parsing and snippets included. */
final class LuceneBenchEngine implements BenchEngine {

    private final SearchIndex index;

    LuceneBenchEngine(Path folder) {
        this.index = new SearchIndex(folder);
    }

    @Override
    public String name() {
        return "lucene";
    }

    @Override
    public String setup() {
        return "SearchIndex (Lucene 9.12, Nori + Porter, BM25), top 10 with snippets, visibility filter on, no facets";
    }

    @Override
    public void load(int n) {
        index.rebuild(IntStream.range(0, n).mapToObj(SyntheticPassages::passage), n);
    }

    @Override
    public int query(BenchQuery q) {
        return index.search(new SearchRequest(q.ours(), Visibility.untaggedOnly(), SortOrder.RELEVANCE, 0, 10, false))
                .hits().size();
    }

    @Override
    public void close() {
        index.close();
    }
}
