package org.recourse.indexing;

import org.recourse.indexing.internal.IndexFeeder;
import org.recourse.search.SearchIndex;
import org.recourse.search.SearchRequest;
import org.recourse.search.SearchResult;
import org.recourse.search.SortOrder;
import org.recourse.search.Visibility;
import org.springframework.stereotype.Service;

/**
 * Searches testimony passages for a user. Visibility is decided here, not by the caller:
 * passages tagged as withdrawn from use are never shown to anyone.
 */
@Service
public class PassageSearch {

    private final SearchIndex index;
    private final IndexFeeder feeder;

    PassageSearch(SearchIndex index, IndexFeeder feeder) {
        this.index = index;
        this.feeder = feeder;
    }

    public SearchResult search(String query, SortOrder sort, int page, int pageSize) {
        return index.search(new SearchRequest(query, Visibility.untaggedOnly(), sort, page, pageSize, true));
    }

    /** Rebuilds the whole index from the database; returns the number of passages indexed. */
    public long rebuild() {
        return feeder.rebuild();
    }
}
