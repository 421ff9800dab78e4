package org.recourse.indexing;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.recourse.indexing.internal.IndexFeeder;
import org.recourse.search.QueryCode;
import org.recourse.search.SearchIndex;
import org.recourse.search.SearchRequest;
import org.recourse.search.SearchResult;
import org.recourse.search.SortOrder;
import org.recourse.search.Visibility;
import org.recourse.security.Caller;
import org.recourse.shared.InvalidInputException;
import org.recourse.testimony.SourceAccess;
import org.recourse.vocabulary.Vocabulary;
import org.springframework.stereotype.Service;

/**
 * Searches testimony passages for a user; a filter on a code finds the codes under it in its
 * vocabulary too (violation:sexual_violence finds rape), and a code that no vocabulary holds is
 * named as a mistake, not answered with no passages. Visibility is decided here, not by the caller:
 * passages tagged as withdrawn from use are never shown to anyone, passages of a restricted
 * source only to administrators and the users named on it.
 */
@Service
public class PassageSearch {

    private final SearchIndex index;
    private final IndexFeeder feeder;
    private final SourceAccess access;
    private final Vocabulary vocabulary;

    PassageSearch(SearchIndex index, IndexFeeder feeder, SourceAccess access, Vocabulary vocabulary) {
        this.index = index;
        this.feeder = feeder;
        this.access = access;
        this.vocabulary = vocabulary;
    }

    /**
     * Searches as this caller: passages of restricted sources they are not named on are left out
     * before hits, totals, facets and snippets are computed, so none of them shows their existence.
     */
    public SearchResult search(String query, SortOrder sort, int page, int pageSize, Caller caller) {
        Map<String, Set<String>> narrower = new HashMap<>();
        for (QueryCode c : SearchIndex.filterCodes(query)) {
            if (vocabulary.term(c.field(), c.code()).isEmpty()) {
                // A mistyped code would otherwise find nothing, as if nothing had been documented.
                throw new InvalidInputException("query", c.field() + ":" + c.code() + " at character " + c.position()
                        + " is no term of the " + c.field() + " vocabulary (see Vocabulary for the codes)");
            }
            narrower.put(c.field() + ":" + c.code(), vocabulary.withDescendants(c.field(), c.code()));
        }
        Visibility visibility = new Visibility(access.grantedTags(caller));
        return index.search(new SearchRequest(query, visibility, sort, page, pageSize, true, narrower));
    }

    /** Rebuilds the whole index from the database; returns the number of passages indexed. */
    public long rebuild() {
        return feeder.rebuild();
    }
}
