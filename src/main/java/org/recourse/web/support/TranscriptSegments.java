package org.recourse.web.support;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.recourse.coding.Passage;

/**
 * Splits a transcript at the boundaries of its coded passages, so the reader can highlight
 * them with plain escaped text and no markup built by hand. Overlapping passages give a
 * segment that belongs to each of them.
 */
public final class TranscriptSegments {

    private TranscriptSegments() {
    }

    public static List<Segment> of(String text, List<Passage> passages) {
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        for (Passage p : passages) {
            cuts.add(Math.min(p.start(), text.length()));
            cuts.add(Math.min(p.end(), text.length()));
        }
        List<Segment> out = new ArrayList<>();
        Integer from = cuts.pollFirst();
        for (Integer to : cuts) {
            if (to > from) {
                out.add(new Segment(text.substring(from, to), covering(passages, from, to)));
            }
            from = to;
        }
        return out;
    }

    private static String covering(List<Passage> passages, int from, int to) {
        return passages.stream().filter(p -> p.start() <= from && p.end() >= to).map(p -> p.incidentId().toString())
                .distinct().reduce((a, b) -> a + " " + b).orElse("");
    }

    /** A run of text; {@code incidents} lists the incidents whose passages cover it (empty: not coded). */
    public record Segment(String text, String incidents) {

        public boolean marked() {
            return !incidents.isEmpty();
        }
    }
}
