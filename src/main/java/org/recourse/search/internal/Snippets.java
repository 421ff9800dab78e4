package org.recourse.search.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.recourse.search.SearchResult.Segment;

/**
 * The best sentence of a hit with the matched words marked, as text segments rather than
 * HTML, so no markup from a transcript can reach a page unescaped. Re-analyses the stored
 * text of the hits on the page only.
 */
public final class Snippets {

    private static final String ELLIPSIS = " … ";
    private static final SegmentFormatter FORMATTER = new SegmentFormatter();

    private Snippets() {
    }

    /** One snippet per document, in the order given; reads offsets from the postings. */
    @SuppressWarnings("unchecked")
    public static List<List<Segment>> of(IndexSearcher searcher, Analyzer analyzer, Query query, int[] docIds)
            throws IOException {
        SegmentHighlighter highlighter = new SegmentHighlighter(UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(FORMATTER)
                .withMaxLength(10_000));
        Object[] formatted = highlighter.objects(new String[] {Fields.BODY}, query, docIds,
                new int[] {1}).get(Fields.BODY);
        List<List<Segment>> out = new ArrayList<>();
        for (Object f : formatted) {
            out.add(f instanceof List<?> l ? (List<Segment>) l : List.of());
        }
        return out;
    }

    /** Opens the highlighter's protected per-field object API, which lets the formatter return segments. */
    private static final class SegmentHighlighter extends UnifiedHighlighter {

        SegmentHighlighter(Builder builder) {
            super(builder);
        }

        java.util.Map<String, Object[]> objects(String[] fields, Query query, int[] docIds, int[] maxPassages)
                throws IOException {
            return highlightFieldsAsObjects(fields, query, docIds, maxPassages);
        }
    }

    private static final class SegmentFormatter extends PassageFormatter {

        @Override
        public Object format(Passage[] passages, String content) {
            List<Segment> out = new ArrayList<>();
            for (Passage p : passages) {
                if (!out.isEmpty()) {
                    out.add(new Segment(ELLIPSIS, false));
                }
                int at = p.getStartOffset();
                for (int i = 0; i < p.getNumMatches(); i++) {
                    int start = Math.max(at, p.getMatchStarts()[i]);
                    int end = p.getMatchEnds()[i];
                    if (end <= start) {
                        continue;
                    }
                    plain(out, content.substring(at, start));
                    out.add(new Segment(content.substring(start, end), true));
                    at = end;
                }
                plain(out, content.substring(at, p.getEndOffset()));
            }
            return out;
        }

        private static void plain(List<Segment> out, String text) {
            if (!text.isEmpty()) {
                out.add(new Segment(text, false));
            }
        }
    }
}
