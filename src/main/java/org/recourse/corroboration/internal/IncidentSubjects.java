package org.recourse.corroboration.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.recourse.coding.Incident;
import org.recourse.coding.IncidentCatalog;
import org.recourse.coding.IncidentFilter;
import org.recourse.coding.IncidentId;
import org.recourse.coding.IncidentSummary;
import org.recourse.linkage.LinkRecord;
import org.recourse.testimony.SourceId;
import org.springframework.stereotype.Component;

/**
 * Incidents as link records: the set of violation and perpetrator types, location type,
 * country, province, named facility and the first and last year the date allows. Titles and
 * summaries are left out: they are free text written by different coders.
 */
@Component
public class IncidentSubjects {

    public static final List<String> FIELDS = List.of("violations", "perpetrators", "locationtype", "country", "province",
            "facility", "yearfrom", "yearto");

    private final IncidentCatalog incidents;

    IncidentSubjects(IncidentCatalog incidents) {
        this.incidents = incidents;
    }

    public List<Subject> all() {
        Map<IncidentId, Set<SourceId>> sources = incidents.sourcesOf(IncidentFilter.ALL);
        return incidents.list(IncidentFilter.ALL).stream()
                .map(s -> new Subject(record(s), sources.getOrDefault(s.incident().id(), Set.of()).stream()
                        .map(SourceId::toString).collect(Collectors.toSet())))
                .toList();
    }

    static LinkRecord record(IncidentSummary s) {
        Incident i = s.incident();
        Map<String, String> f = new LinkedHashMap<>();
        f.put("violations", codes(s.violations()));
        f.put("perpetrators", codes(s.perpetrators()));
        f.put("locationtype", i.location().type().orElse(""));
        f.put("country", i.location().country().orElse(""));
        f.put("province", i.location().province());
        f.put("facility", i.location().facility());
        f.put("yearfrom", i.date().from().map(d -> String.valueOf(d.getYear())).orElse(""));
        f.put("yearto", i.date().to().map(d -> String.valueOf(d.getYear())).orElse(""));
        return new LinkRecord(i.id().toString(), f);
    }

    /** A set of codes as one text of whole-code tokens ("sexual_assault" must not half-match "sexual_exploitation"). */
    private static String codes(Collection<String> codes) {
        return codes.stream().map(c -> c.replace("_", "").replace("-", "")).sorted().collect(Collectors.joining(" "));
    }
}
