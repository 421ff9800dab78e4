package org.recourse.search;

import java.util.List;
import java.util.Map;

/**
 * One page of hits. {@code total} counts every visible match unless {@code totalIsLowerBound}
 * (very broad queries without facets stop counting at 1,000). {@code timedOut} says the
 * search was cut short and the hits are the best found in time. Facets map a field name
 * ({@code violation}, {@code perpetrator}, {@code location}, {@code country}, {@code lang})
 * to counts, largest first; empty when not asked for.
 */
public record SearchResult(long total, boolean totalIsLowerBound, boolean timedOut, List<Hit> hits,
        Map<String, List<FacetCount>> facets) {

    public SearchResult {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
    }

    /** One matching passage with its best fragment. */
    public record Hit(String passageId, String testimonyId, float score, List<Segment> snippet) {

        public Hit {
            snippet = List.copyOf(snippet);
        }

        /** The snippet as plain text, highlights marked with the given brackets (for terminals). */
        public String snippetText(String open, String close) {
            StringBuilder sb = new StringBuilder();
            snippet.forEach(s -> sb.append(s.highlighted() ? open + s.text() + close : s.text()));
            return sb.toString();
        }
    }

    /** A piece of snippet text; the caller escapes it for its medium. */
    public record Segment(String text, boolean highlighted) {
    }

    public record FacetCount(String code, long count) {
    }
}
