package org.recourse.search.internal;

import java.io.IOException;
import java.util.Optional;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/** Replaces a known place-name variant with its canonical token and protects it from stemming. */
final class PlaceNameFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

    PlaceNameFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        Optional<String> canonical = PlaceNames.canonical(term.toString());
        if (canonical.isPresent()) {
            term.setEmpty().append(canonical.get());
            keyword.setKeyword(true);
        }
        return true;
    }
}
