package org.recourse.web.pages;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import java.util.stream.Collectors;
import org.recourse.indexing.PassageSearch;
import org.recourse.search.SearchResult;
import org.recourse.search.SortOrder;
import org.recourse.security.Caller;
import org.recourse.shared.InvalidInputException;
import org.recourse.testimony.Testimony;
import org.recourse.testimony.TestimonyId;
import org.recourse.testimony.TestimonyRegistry;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Full-text search of testimony passages, with facets and highlighted snippets. */
@Controller
class SearchPages {

    static final int PAGE_SIZE = 20;

    private final PassageSearch search;
    private final TestimonyRegistry testimonies;

    SearchPages(PassageSearch search, TestimonyRegistry testimonies) {
        this.search = search;
        this.testimonies = testimonies;
    }

    @GetMapping("/search")
    String search(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "relevance") String sort,
            @RequestParam(defaultValue = "0") int page, Model model, HttpServletResponse response, Caller caller) {
        model.addAttribute("q", q);
        model.addAttribute("sort", sort);
        if (q.isBlank()) {
            return "search";
        }
        try {
            SearchResult result = search.search(q, switch (sort) { case "newest" -> SortOrder.NEWEST_FIRST; case "oldest" -> SortOrder.OLDEST_FIRST; default -> SortOrder.RELEVANCE; },
                    Math.max(0, page), PAGE_SIZE, caller);
            model.addAttribute("result", result);
            model.addAttribute("page", Math.max(0, page));
            model.addAttribute("titles", result.hits().stream().map(h -> h.testimonyId()).distinct()
                    .collect(Collectors.toMap(id -> id, id -> title(id, caller))));
        } catch (InvalidInputException e) {
            return FormFailure.show(model, response, e, "search");
        }
        return "search";
    }

    private String title(String testimonyId, Caller caller) {
        return testimonies.find(new TestimonyId(UUID.fromString(testimonyId)), caller).map(Testimony::title).orElse("");
    }

}
