package org.recourse.search.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.QueryTimeoutImpl;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopDocsCollector;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopScoreDocCollector;
import org.apache.lucene.search.TotalHits;
import org.recourse.search.SearchRequest;
import org.recourse.search.SearchResult;
import org.recourse.search.SortOrder;
import org.recourse.shared.InvalidInputException;

/** Runs one request on one reader: compile, restrict to what the caller may see, collect, highlight. */
public final class PassageSearcher {

    /** Deepest hit a page may reach; deeper paging is a sign of a script, not a reader. */
    static final int MAX_DEPTH = 10_000;
    /**
     * Broad queries without facets stop counting here (the total is then a lower bound): past
     * it Lucene may skip blocks that cannot reach the top hits (block-max WAND).
     */
    static final int COUNT_THRESHOLD = 1_000;

    private final Analyzer analyzer;
    private final long timeoutMs;

    public PassageSearcher(Analyzer analyzer, long timeoutMs) {
        this.analyzer = analyzer;
        this.timeoutMs = timeoutMs;
    }

    @SuppressWarnings("deprecation")
    public SearchResult search(IndexSearcher shared, SearchRequest request) throws IOException {
        int depth = (request.page() + 1) * request.pageSize();
        if (depth > MAX_DEPTH) {
            throw new InvalidInputException("page", "pages reach at most the first " + MAX_DEPTH + " hits; narrow the query");
        }
        Query text = QueryCompiler.compile(request.query(), analyzer, request.narrower());
        IndexSearcher searcher = new IndexSearcher(shared.getIndexReader());
        searcher.setTimeout(new QueryTimeoutImpl(timeoutMs));
        Query visible = VisibilityFilter.restrict(text, searcher.getIndexReader(), request.visibility().grantedTags());
        TopDocsCollector<?> top = topCollector(request.sort(), depth);
        FacetCounter facets = new FacetCounter();
        Collector collector = request.facets() ? MultiCollector.wrap(top, facets) : top;
        searcher.search(visible, collector);
        TopDocs page = top.topDocs(request.page() * request.pageSize(), request.pageSize());
        List<SearchResult.Hit> hits = hits(searcher, text, page);
        boolean lowerBound = page.totalHits.relation == TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO;
        Map<String, List<SearchResult.FacetCount>> counts = request.facets() ? facets.counts() : Map.of();
        return new SearchResult(page.totalHits.value, lowerBound, searcher.timedOut(), hits, counts);
    }

    private static TopDocsCollector<?> topCollector(SortOrder order, int depth) {
        if (order == SortOrder.RELEVANCE) {
            return TopScoreDocCollector.create(depth, COUNT_THRESHOLD);
        }
        boolean newest = order == SortOrder.NEWEST_FIRST;
        SortField year = new SortedNumericSortField(Fields.SORT_YEAR, SortField.Type.LONG, newest);
        year.setMissingValue(newest ? Long.MIN_VALUE : Long.MAX_VALUE);
        return TopFieldCollector.create(new Sort(year, SortField.FIELD_SCORE), depth, COUNT_THRESHOLD);
    }

    private List<SearchResult.Hit> hits(IndexSearcher searcher, Query text, TopDocs page) throws IOException {
        int[] docIds = new int[page.scoreDocs.length];
        for (int i = 0; i < docIds.length; i++) {
            docIds[i] = page.scoreDocs[i].doc;
        }
        List<List<SearchResult.Segment>> snippets = Snippets.of(searcher, analyzer, HighlightQuery.of(text), docIds);
        List<SearchResult.Hit> hits = new ArrayList<>();
        for (int i = 0; i < docIds.length; i++) {
            HitIds.Ids ids = HitIds.of(searcher, docIds[i]);
            float score = Float.isNaN(page.scoreDocs[i].score) ? 0f : page.scoreDocs[i].score;
            hits.add(new SearchResult.Hit(ids.passageId(), ids.testimonyId(), score, snippets.get(i)));
        }
        return hits;
    }
}
