package org.recourse.coding;

import java.util.HashSet;
import java.util.Set;
import org.recourse.testimony.SourceId;

/** What of an incident is left for someone who may not see some restricted sources. */
final class HiddenSources {

    private HiddenSources() {
    }

    /**
     * The incident without the passages from {@code hidden} sources and without the acts coded
     * only from those passages (what only a hidden source told). An act coded from no passage, or
     * from at least one visible passage, stays.
     */
    static IncidentDetail leftOut(IncidentDetail d, Set<SourceId> hidden) {
        if (hidden.isEmpty()) {
            return d;
        }
        Set<ActId> coded = new HashSet<>();
        Set<ActId> shown = new HashSet<>();
        for (Passage p : d.passages()) {
            p.actId().ifPresent(coded::add);
            p.actId().filter(a -> !hidden.contains(p.sourceId())).ifPresent(shown::add);
        }
        return new IncidentDetail(d.incident(),
                d.acts().stream().filter(a -> !coded.contains(a.id()) || shown.contains(a.id())).toList(),
                d.passages().stream().filter(p -> !hidden.contains(p.sourceId())).toList(), d.responses());
    }
}
