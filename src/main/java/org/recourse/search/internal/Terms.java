package org.recourse.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/** Turns words and phrases of a query into body-field queries with the index's analyzer, counting terms. */
final class Terms {

    private final Analyzer analyzer;
    private final int maxTerms;
    private int used;

    Terms(Analyzer analyzer, int maxTerms) {
        this.analyzer = analyzer;
        this.maxTerms = maxTerms;
    }

    Optional<Query> word(String word, int position) {
        if (word.length() > 1 && word.startsWith("/")) {
            throw FieldFilters.problem("regular expressions (at character " + position + ") are not supported");
        }
        int star = word.indexOf('*');
        int question = word.indexOf('?');
        if (question >= 0 || (star >= 0 && star < word.length() - 1)) {
            throw FieldFilters.problem("wildcards are allowed only as a final * (at character " + position + ")");
        }
        if (star >= 0) {
            return Optional.of(prefix(word.substring(0, star), position));
        }
        return phrase(word);
    }

    private Query prefix(String stem, int position) {
        if (stem.codePointCount(0, stem.length()) < 2) {
            throw FieldFilters.problem("a * needs at least two letters before it (at character " + position + ")");
        }
        count(1);
        BytesRef normal = analyzer.normalize(Fields.BODY, stem);
        return new PrefixQuery(new Term(Fields.BODY, normal));
    }

    /** One term, a phrase of the analysed tokens, or nothing when every token was a stop word. */
    Optional<Query> phrase(String text) {
        List<Term> found = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(Fields.BODY, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            int pos = -1;
            while (ts.incrementToken()) {
                pos += inc.getPositionIncrement();
                count(1);
                found.add(new Term(Fields.BODY, term.toString()));
                positions.add(pos);
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (found.isEmpty()) {
            return Optional.empty();
        }
        if (found.size() == 1) {
            return Optional.of(new TermQuery(found.get(0)));
        }
        PhraseQuery.Builder b = new PhraseQuery.Builder();
        for (int i = 0; i < found.size(); i++) {
            b.add(found.get(i), positions.get(i));
        }
        return Optional.of(b.build());
    }

    private void count(int n) {
        used += n;
        if (used > maxTerms) {
            throw FieldFilters.problem("the query has more than " + maxTerms + " terms");
        }
    }
}
