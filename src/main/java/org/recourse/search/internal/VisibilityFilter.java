package org.recourse.search.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Wraps a query so that it only matches passages whose every access tag is granted: it
 * excludes each tag present in the index but not granted. Built per search from the same
 * reader that runs it, so a tag added since cannot slip through. Everything downstream
 * (totals, facets, snippets) runs on the wrapped query.
 */
public final class VisibilityFilter {

    private VisibilityFilter() {
    }

    public static Query restrict(Query query, IndexReader reader, Set<String> granted) throws IOException {
        List<BytesRef> hidden = hiddenTags(reader, granted);
        if (hidden.isEmpty()) {
            return query;
        }
        return new BooleanQuery.Builder()
                .add(query, Occur.MUST)
                .add(new TermInSetQuery(Fields.ACCESS, hidden), Occur.MUST_NOT)
                .build();
    }

    private static List<BytesRef> hiddenTags(IndexReader reader, Set<String> granted) throws IOException {
        List<BytesRef> hidden = new ArrayList<>();
        Terms terms = MultiTerms.getTerms(reader, Fields.ACCESS);
        if (terms == null) {
            return hidden;
        }
        TermsEnum e = terms.iterator();
        for (BytesRef t = e.next(); t != null; t = e.next()) {
            if (!granted.contains(t.utf8ToString())) {
                hidden.add(BytesRef.deepCopyOf(t));
            }
        }
        return hidden;
    }
}
