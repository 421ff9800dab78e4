package org.recourse.web.api;

import org.recourse.indexing.PassageSearch;
import org.recourse.search.SearchResult;
import org.recourse.search.SortOrder;
import org.recourse.security.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class SearchApi {

    private final PassageSearch search;

    SearchApi(PassageSearch search) {
        this.search = search;
    }

    /** The same query language as the search page; a malformed query is a 422 naming the problem. */
    @GetMapping("/api/search")
    SearchResult search(@RequestParam String q, @RequestParam(defaultValue = "relevance") String sort,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size, Caller caller) {
        if (page < 0 || size < 1 || size > 100) {
            throw new org.recourse.shared.InvalidInputException("size", "page must be >= 0 and size 1..100");
        }
        return search.search(q, switch (sort) { case "newest" -> SortOrder.NEWEST_FIRST; case "oldest" -> SortOrder.OLDEST_FIRST; default -> SortOrder.RELEVANCE; }, page, size, caller);
    }
}
