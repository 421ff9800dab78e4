package org.recourse.search;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A query in the search language (words, "phrases", AND/OR/NOT, +/-, parentheses, field
 * filters such as {@code violation:rape year:2000..2009}), who asks, and which page.
 * {@code page} counts from 0. Facets cost a full count of the matches; ask for them only
 * when they are shown. {@code narrower} widens a code filter to the codes under it in its
 * vocabulary ({@code "violation:sexual_violence"} to the set holding it and {@code rape}, ...);
 * a code without an entry filters on itself.
 */
public record SearchRequest(String query, Visibility visibility, SortOrder sort, int page, int pageSize, boolean facets,
        Map<String, Set<String>> narrower) {

    public static final int MAX_PAGE_SIZE = 100;

    public SearchRequest {
        query = query == null ? "" : query;
        Objects.requireNonNull(visibility, "visibility");
        sort = sort == null ? SortOrder.RELEVANCE : sort;
        narrower = narrower == null ? Map.of() : Map.copyOf(narrower);
        if (page < 0 || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page must be >= 0 and page size 1.." + MAX_PAGE_SIZE);
        }
    }

    public SearchRequest(String query, Visibility visibility, SortOrder sort, int page, int pageSize, boolean facets) {
        this(query, visibility, sort, page, pageSize, facets, Map.of());
    }

    /** First page of 20 by relevance, with facets. */
    public static SearchRequest of(String query, Visibility visibility) {
        return new SearchRequest(query, visibility, SortOrder.RELEVANCE, 0, 20, true);
    }

    public SearchRequest withPage(int newPage, int newPageSize) {
        return new SearchRequest(query, visibility, sort, newPage, newPageSize, facets, narrower);
    }

    public SearchRequest withSort(SortOrder newSort) {
        return new SearchRequest(query, visibility, newSort, page, pageSize, facets, narrower);
    }

    public SearchRequest withoutFacets() {
        return new SearchRequest(query, visibility, sort, page, pageSize, false, narrower);
    }
}
