package org.recourse.search.internal;

import java.util.Optional;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The part of a compiled query that can mark words in the body: its positive body-field
 * clauses. The highlighter asks every clause of the query where it matches in each hit, and a
 * year range or code filter answers that by walking its whole index structure again for every
 * hit on the page (a year filter made a query several times slower); they mark no words anyway.
 */
final class HighlightQuery {

    private HighlightQuery() {
    }

    /** The body clauses, all optional; a query with none highlights nothing (the snippet is the opening). */
    static Query of(Query compiled) {
        return body(compiled).orElseGet(() -> new MatchNoDocsQuery("no words to highlight"));
    }

    private static Optional<Query> body(Query q) {
        if (q instanceof BooleanQuery bq) {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            boolean found = false;
            for (BooleanClause c : bq.clauses()) {
                if (c.getOccur() == Occur.MUST_NOT || c.getOccur() == Occur.FILTER) {
                    continue;
                }
                Optional<Query> sub = body(c.getQuery());
                if (sub.isPresent()) {
                    any.add(sub.get(), Occur.SHOULD);
                    found = true;
                }
            }
            return found ? Optional.of(any.build()) : Optional.empty();
        }
        return isBody(q) ? Optional.of(q) : Optional.empty();
    }

    private static boolean isBody(Query q) {
        if (q instanceof TermQuery t) {
            return t.getTerm().field().equals(Fields.BODY);
        }
        if (q instanceof PhraseQuery p) {
            return Fields.BODY.equals(p.getField());
        }
        return q instanceof PrefixQuery p && p.getField().equals(Fields.BODY);
    }
}
