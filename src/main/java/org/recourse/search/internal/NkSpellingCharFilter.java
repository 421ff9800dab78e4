package org.recourse.search.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import org.apache.lucene.analysis.CharFilter;

/**
 * Applies {@link NkSpelling} before the Korean tokenizer, so the morphological dictionary sees
 * the southern form (로동자들이 → 노동자들이) and splits particles correctly. Passages are short,
 * so the whole input is read at once; the mapping keeps length, so offsets need no correction.
 */
final class NkSpellingCharFilter extends CharFilter {

    private Reader normalised;

    NkSpellingCharFilter(Reader in) {
        super(in);
    }

    @Override
    protected int correct(int currentOff) {
        return currentOff;
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (normalised == null) {
            StringBuilder sb = new StringBuilder();
            char[] buf = new char[4096];
            for (int n = input.read(buf); n != -1; n = input.read(buf)) {
                sb.append(buf, 0, n);
            }
            normalised = new StringReader(NkSpelling.normalise(sb));
        }
        return normalised.read(cbuf, off, len);
    }
}
