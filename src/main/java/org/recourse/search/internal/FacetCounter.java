package org.recourse.search.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.recourse.search.SearchResult.FacetCount;

/**
 * Counts facet codes over every matching document, per segment by ordinal, resolving
 * ordinals to codes at the end. It sees only what the (visibility-restricted) query matches.
 */
public final class FacetCounter implements Collector {

    private record LeafCounts(LeafReaderContext leaf, String field, int[] counts) {
    }

    private final List<LeafCounts> leaves = new ArrayList<>();

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
        List<SortedSetDocValues> values = new ArrayList<>();
        List<int[]> counts = new ArrayList<>();
        for (String field : Fields.FACETS) {
            SortedSetDocValues dv = DocValues.getSortedSet(context.reader(), Fields.facet(field));
            int[] c = new int[(int) dv.getValueCount()];
            values.add(dv);
            counts.add(c);
            leaves.add(new LeafCounts(context, field, c));
        }
        return new LeafCollector() {
            @Override
            public void setScorer(Scorable scorer) {
            }

            @Override
            public void collect(int doc) throws IOException {
                for (int f = 0; f < values.size(); f++) {
                    SortedSetDocValues dv = values.get(f);
                    if (dv.advanceExact(doc)) {
                        int[] c = counts.get(f);
                        for (int i = 0; i < dv.docValueCount(); i++) {
                            c[(int) dv.nextOrd()]++;
                        }
                    }
                }
            }
        };
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
    }

    /** Counts per field, largest first, then by code. */
    public Map<String, List<FacetCount>> counts() throws IOException {
        Map<String, Map<String, Long>> byField = new LinkedHashMap<>();
        Fields.FACETS.forEach(f -> byField.put(f, new HashMap<>()));
        for (LeafCounts lc : leaves) {
            SortedSetDocValues dv = DocValues.getSortedSet(lc.leaf().reader(), Fields.facet(lc.field()));
            for (int ord = 0; ord < lc.counts().length; ord++) {
                if (lc.counts()[ord] > 0) {
                    byField.get(lc.field()).merge(dv.lookupOrd(ord).utf8ToString(), (long) lc.counts()[ord], Long::sum);
                }
            }
        }
        Map<String, List<FacetCount>> out = new LinkedHashMap<>();
        byField.forEach((field, m) -> out.put(field, m.entrySet().stream()
                .map(e -> new FacetCount(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::code))
                .toList()));
        return out;
    }
}
