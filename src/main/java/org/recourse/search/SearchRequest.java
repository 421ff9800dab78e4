package org.recourse.search;

import java.util.Objects;

/**
 * A query in the search language (words, "phrases", AND/OR/NOT, +/-, parentheses, field
 * filters such as {@code violation:rape year:2000..2009}), who asks, and which page.
 * {@code page} counts from 0. Facets cost a full count of the matches; ask for them only
 * when they are shown.
 */
public record SearchRequest(String query, Visibility visibility, SortOrder sort, int page, int pageSize, boolean facets) {

    public static final int MAX_PAGE_SIZE = 100;

    public SearchRequest {
        query = query == null ? "" : query;
        Objects.requireNonNull(visibility, "visibility");
        sort = sort == null ? SortOrder.RELEVANCE : sort;
        if (page < 0 || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page must be >= 0 and page size 1.." + MAX_PAGE_SIZE);
        }
    }

    /** First page of 20 by relevance, with facets. */
    public static SearchRequest of(String query, Visibility visibility) {
        return new SearchRequest(query, visibility, SortOrder.RELEVANCE, 0, 20, true);
    }

    public SearchRequest withPage(int newPage, int newPageSize) {
        return new SearchRequest(query, visibility, sort, newPage, newPageSize, facets);
    }

    public SearchRequest withSort(SortOrder newSort) {
        return new SearchRequest(query, visibility, newSort, page, pageSize, facets);
    }

    public SearchRequest withoutFacets() {
        return new SearchRequest(query, visibility, sort, page, pageSize, false);
    }
}
