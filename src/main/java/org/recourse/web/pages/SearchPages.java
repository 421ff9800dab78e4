package org.recourse.web.pages;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Full-text search of testimony passages, with facets and highlighted snippets. The words
 * searched for are posted and kept in the session ({@link SavedSearches}); result pages, facets
 * and paging are addressed by a random token, so no URL holds what was searched for.
 */
@Controller
class SearchPages {

    static final int PAGE_SIZE = 20;
    /** A facet the result page offers: a field and a code (never free text). */
    private static final Pattern FACET = Pattern.compile("(violation|perpetrator|location|country|source):[\\p{L}\\p{N}_.-]{1,80}");

    private final PassageSearch search;
    private final TestimonyRegistry testimonies;

    SearchPages(PassageSearch search, TestimonyRegistry testimonies) {
        this.search = search;
        this.testimonies = testimonies;
    }

    @PostMapping("/search")
    String submit(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "relevance") String sort,
            HttpSession session) {
        return q.isBlank() ? "redirect:/search" : resultsOf(session, new SavedSearches.Saved(q, sort));
    }

    @GetMapping("/search")
    String search(@RequestParam(required = false) String r, @RequestParam(required = false) String q,
            @RequestParam(required = false) String add, @RequestParam(defaultValue = "0") int page, HttpSession session,
            Model model, HttpServletResponse response, Caller caller) {
        if (q != null && !q.isBlank()) {
            // An old link or bookmark with the words in it: answered by a page whose URL holds none.
            return resultsOf(session, new SavedSearches.Saved(q, "relevance"));
        }
        model.addAttribute("q", "");
        model.addAttribute("sort", "relevance");
        if (r == null || r.isBlank()) {
            return "search";
        }
        Optional<SavedSearches.Saved> saved = SavedSearches.find(session, r);
        if (saved.isEmpty()) {
            model.addAttribute("expired", true);
            return "search";
        }
        model.addAttribute("q", saved.get().query());
        model.addAttribute("sort", saved.get().sort());
        model.addAttribute("token", r);
        try {
            if (add != null) {
                if (!FACET.matcher(add).matches()) {
                    throw new InvalidInputException("add", "is not a filter of this page (field:code)");
                }
                return resultsOf(session, new SavedSearches.Saved(saved.get().query() + " " + add, saved.get().sort()));
            }
            SearchResult result = search.search(saved.get().query(), order(saved.get().sort()), Math.max(0, page), PAGE_SIZE,
                    caller);
            model.addAttribute("result", result);
            model.addAttribute("page", Math.max(0, page));
            model.addAttribute("titles", result.hits().stream().map(h -> h.testimonyId()).distinct()
                    .collect(Collectors.toMap(id -> id, id -> title(id, caller))));
        } catch (InvalidInputException e) {
            return FormFailure.show(model, response, e, "search");
        }
        return "search";
    }

    private static String resultsOf(HttpSession session, SavedSearches.Saved search) {
        return "redirect:/search?r=" + SavedSearches.save(session, search);
    }

    static SortOrder order(String sort) {
        return switch (sort) {
            case "newest" -> SortOrder.NEWEST_FIRST;
            case "oldest" -> SortOrder.OLDEST_FIRST;
            default -> SortOrder.RELEVANCE;
        };
    }

    private String title(String testimonyId, Caller caller) {
        return testimonies.find(new TestimonyId(UUID.fromString(testimonyId)), caller).map(Testimony::title).orElse("");
    }

}
