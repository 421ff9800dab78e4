package org.recourse.corroboration;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.recourse.analysis.CaptureTable;
import org.recourse.coding.Incident;
import org.recourse.coding.IncidentCatalog;
import org.recourse.coding.IncidentFilter;
import org.recourse.coding.IncidentId;
import org.recourse.security.Caller;
import org.recourse.testimony.SourceId;
import org.recourse.testimony.SourceRegistry;
import org.springframework.stereotype.Service;

/**
 * Capture histories for multiple systems estimation from this collection: each case is an
 * incident, or a group of incidents a reviewer linked as one event, and each list is a source
 * that documented it. Optionally one table per stratum (five-year period or country).
 */
@Service
public class CaptureHistories {

    /** How to split the cases into strata that are estimated separately and summed. */
    public enum Strata {
        NONE, PERIOD, COUNTRY
    }

    private final IncidentCatalog incidents;
    private final SourceRegistry sources;
    private final Corroboration corroboration;

    CaptureHistories(IncidentCatalog incidents, SourceRegistry sources, Corroboration corroboration) {
        this.incidents = incidents;
        this.sources = sources;
        this.corroboration = corroboration;
    }

    /**
     * One table per stratum, built from what this caller may see: incidents coded only from
     * restricted sources they are not named on are no cases, such sources are no lists, and only
     * links between incidents they see join cases. Strata documented by fewer than two sources
     * are left out (they identify nothing).
     */
    public List<CaptureTable> incidentsBySource(IncidentFilter filter, Strata strata, Caller caller) {
        Map<IncidentId, Set<SourceId>> documented = incidents.sourcesOf(filter, caller);
        Map<String, String> group = groups(documented.keySet(), caller);
        Map<String, Set<SourceId>> cases = new LinkedHashMap<>();
        Map<String, String> stratumOf = new HashMap<>();
        documented.forEach((id, srcs) -> {
            String root = group.getOrDefault(id.toString(), id.toString());
            cases.computeIfAbsent(root, k -> new TreeSet<>((a, b) -> a.toString().compareTo(b.toString()))).addAll(srcs);
            stratumOf.putIfAbsent(root, stratum(id, strata));
        });
        Map<String, List<Set<String>>> byStratum = new TreeMap<>();
        cases.forEach((root, srcs) -> byStratum.computeIfAbsent(stratumOf.get(root), k -> new ArrayList<>())
                .add(srcs.stream().map(this::title).collect(java.util.stream.Collectors.toSet())));
        List<CaptureTable> tables = new ArrayList<>();
        byStratum.forEach((name, list) -> {
            List<String> lists = list.stream().flatMap(Set::stream).distinct().sorted().toList();
            if (lists.size() >= 2) {
                tables.add(CaptureTable.fromLinkedRecords(name, lists, list));
            }
        });
        return tables;
    }

    /** Union-find over the reviewers' standing incident links: each incident's group representative. */
    private Map<String, String> groups(Set<IncidentId> ids, Caller caller) {
        Map<String, String> parent = new HashMap<>();
        for (LinkDecision link : corroboration.links(LinkKind.INCIDENT, caller)) {
            String a = find(parent, link.left());
            String b = find(parent, link.right());
            if (!a.equals(b)) {
                parent.put(a.compareTo(b) < 0 ? b : a, a.compareTo(b) < 0 ? a : b);
            }
        }
        Map<String, String> out = new HashMap<>();
        ids.forEach(id -> out.put(id.toString(), find(parent, id.toString())));
        return out;
    }

    private static String find(Map<String, String> parent, String x) {
        String root = x;
        while (parent.containsKey(root)) {
            root = parent.get(root);
        }
        return root;
    }

    private String stratum(IncidentId id, Strata strata) {
        if (strata == Strata.NONE) {
            return "this collection";
        }
        Incident i = incidents.find(id).orElseThrow();
        if (strata == Strata.COUNTRY) {
            return i.location().country().orElse("country unknown");
        }
        return i.date().from().map(d -> d.getYear() / 5 * 5).map(y -> y + "-" + (y + 4)).orElse("period unknown");
    }

    private String title(SourceId id) {
        return sources.find(id).map(s -> s.title()).orElse(id.toString());
    }
}
