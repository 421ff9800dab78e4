package org.recourse.report.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.recourse.coding.Act;
import org.recourse.coding.IncidentCatalog;
import org.recourse.coding.IncidentDetail;
import org.recourse.coding.IncidentFilter;
import org.recourse.coding.IncidentSummary;
import org.recourse.coding.Involvement;
import org.recourse.coding.Passage;
import org.recourse.report.ReportProgress;
import org.recourse.security.Caller;

/**
 * Reads the acts a report counts: every incident the filter selects, then within it the acts of
 * the chosen violation types, counted under the chosen perpetrator types only.
 */
public final class Collection {

    /** The acts counted, and the passages that support them (for quotation), in incident order. */
    public record Selected(List<CodedAct> acts, Map<String, Passage> passages) {
    }

    private Collection() {
    }

    public static Selected read(IncidentCatalog catalog, IncidentFilter filter, Optional<Set<String>> violations,
            Optional<Set<String>> perpetrators, ReportProgress progress, Caller caller) {
        List<IncidentSummary> found = catalog.listAll(filter, caller);
        List<CodedAct> acts = new ArrayList<>();
        Map<String, Passage> passages = new LinkedHashMap<>();
        for (int i = 0; i < found.size(); i++) {
            progress.step("incidents", i, found.size());
            IncidentDetail d = catalog.detail(found.get(i).incident().id(), caller);
            for (Act a : d.acts()) {
                if (violations.isPresent() && !violations.get().contains(a.violation())) {
                    continue;
                }
                Set<String> types = a.involvements().stream().map(Involvement::perpetratorType)
                        .filter(t -> perpetrators.isEmpty() || perpetrators.get().contains(t)).collect(Collectors.toSet());
                if (perpetrators.isPresent() && types.isEmpty()) {
                    continue;
                }
                List<Passage> support = d.passages().stream()
                        .filter(p -> p.actId().isEmpty() || p.actId().get().equals(a.id())).toList();
                support.forEach(p -> passages.putIfAbsent(p.id().toString(), p));
                acts.add(new CodedAct(d.incident(), a, types.isEmpty() ? Set.of("unknown") : types,
                        ids(support.stream().map(p -> p.testimonyId().toString()).toList()),
                        ids(support.stream().map(p -> p.sourceId().toString()).toList())));
            }
        }
        progress.step("incidents", found.size(), found.size());
        return new Selected(acts, passages);
    }

    private static Set<String> ids(List<String> l) {
        return new HashSet<>(l);
    }
}
