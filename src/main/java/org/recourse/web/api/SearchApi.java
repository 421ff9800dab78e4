package org.recourse.web.api;

import org.recourse.indexing.PassageSearch;
import org.recourse.search.SearchResult;
import org.recourse.search.SortOrder;
import org.recourse.security.Caller;
import org.recourse.shared.InvalidInputException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class SearchApi {

    /** A search sent in the body, so that the words searched for stay out of URLs and server logs. */
    record SearchRequest(String q, String sort, Integer page, Integer size) {
    }

    private final PassageSearch search;

    SearchApi(PassageSearch search) {
        this.search = search;
    }

    /** The same query language as the search page; a malformed query is a 422 naming the problem. */
    @PostMapping("/api/search")
    SearchResult search(@RequestBody SearchRequest request, Caller caller) {
        if (request.q() == null || request.q().isBlank()) {
            throw new InvalidInputException("q", "is required: the words or filters to search for");
        }
        return search(request.q(), request.sort() == null ? "relevance" : request.sort(),
                request.page() == null ? 0 : request.page(), request.size() == null ? 20 : request.size(), caller);
    }

    /** The same, with the query in the URL (kept for existing clients; prefer POST, which keeps it out of logs). */
    @GetMapping("/api/search")
    SearchResult search(@RequestParam String q, @RequestParam(defaultValue = "relevance") String sort,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size, Caller caller) {
        if (page < 0 || size < 1 || size > 100) {
            throw new InvalidInputException("size", "page must be >= 0 and size 1..100");
        }
        return search.search(q, switch (sort) { case "newest" -> SortOrder.NEWEST_FIRST; case "oldest" -> SortOrder.OLDEST_FIRST; default -> SortOrder.RELEVANCE; }, page, size, caller);
    }
}
