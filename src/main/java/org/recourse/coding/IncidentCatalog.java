package org.recourse.coding;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.recourse.audit.AuditLog;
import org.recourse.audit.RecordRevision;
import org.recourse.coding.internal.Incidents;
import org.recourse.shared.NotFoundException;
import org.recourse.testimony.TestimonyId;
import org.recourse.vocabulary.Schemes;
import org.recourse.vocabulary.Vocabulary;
import org.springframework.stereotype.Service;

/** Reads incidents: lists with filters, one incident in full, the passages coded in a testimony. */
@Service
public class IncidentCatalog {

    public static final int MAX_LIST = 500;

    private final Incidents incidents;
    private final Vocabulary vocabulary;
    private final AuditLog audit;

    IncidentCatalog(Incidents incidents, Vocabulary vocabulary, AuditLog audit) {
        this.incidents = incidents;
        this.vocabulary = vocabulary;
        this.audit = audit;
    }

    /** Who changed what and when, oldest first: the incident and its acts, passages and responses. */
    public List<RecordRevision> history(IncidentId id) {
        IncidentDetail d = detail(id);
        List<RecordRevision> all = new java.util.ArrayList<>(audit.revisionsOf("incident", id.toString()));
        d.acts().forEach(a -> all.addAll(audit.revisionsOf("act", a.id().toString())));
        d.passages().forEach(p -> all.addAll(audit.revisionsOf("passage", p.id().toString())));
        d.responses().forEach(r -> all.addAll(audit.revisionsOf("response", r.id().toString())));
        all.sort(java.util.Comparator.comparingLong(RecordRevision::auditSeq));
        return all;
    }

    public List<IncidentSummary> list(IncidentFilter filter) {
        Set<String> violations = expand(Schemes.VIOLATION, filter.violation());
        Set<String> perpetrators = expand(Schemes.PERPETRATOR, filter.perpetrator());
        Set<String> locations = expand(Schemes.LOCATION, filter.locationType());
        return incidents.list(filter, violations, perpetrators, locations, MAX_LIST);
    }

    /** Every incident the filter selects, without the page limit of {@link #list}: for reports and exports. */
    public List<IncidentSummary> listAll(IncidentFilter filter) {
        Set<String> violations = expand(Schemes.VIOLATION, filter.violation());
        Set<String> perpetrators = expand(Schemes.PERPETRATOR, filter.perpetrator());
        Set<String> locations = expand(Schemes.LOCATION, filter.locationType());
        return incidents.list(filter, violations, perpetrators, locations, Integer.MAX_VALUE);
    }

    public Optional<Incident> find(IncidentId id) {
        return incidents.find(id);
    }

    public IncidentDetail detail(IncidentId id) {
        Incident incident = incidents.find(id).orElseThrow(() -> new NotFoundException("incident", id));
        return new IncidentDetail(incident, incidents.acts(id), incidents.passages(id), incidents.responses(id));
    }

    public List<Passage> passagesIn(TestimonyId testimony) {
        return incidents.passagesIn(testimony);
    }

    /** For each incident the filter selects, the sources whose testimonies support it (its capture history). */
    public java.util.Map<IncidentId, Set<org.recourse.testimony.SourceId>> sourcesOf(IncidentFilter filter) {
        java.util.Map<IncidentId, Set<org.recourse.testimony.SourceId>> out = new java.util.LinkedHashMap<>();
        for (IncidentSummary s : list(filter)) {
            out.put(s.incident().id(), incidents.sourcesOf(s.incident().id()));
        }
        return out;
    }

    /** Every incident in full, in a stable order, a page at a time (for exports of any size). */
    public void each(java.util.function.Consumer<IncidentDetail> consumer) {
        String after = "";
        for (List<IncidentId> page = incidents.idsAfter(after, 1_000); !page.isEmpty();
                page = incidents.idsAfter(after, 1_000)) {
            page.forEach(id -> consumer.accept(detail(id)));
            after = page.get(page.size() - 1).toString();
        }
    }

    public long count() {
        return incidents.count();
    }

    private Set<String> expand(String scheme, Optional<String> code) {
        return code.map(c -> vocabulary.withDescendants(scheme, c)).orElse(Set.of());
    }
}
