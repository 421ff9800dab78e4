package org.recourse.coding;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.recourse.audit.AuditLog;
import org.recourse.audit.RecordRevision;
import org.recourse.audit.ImportedRecords;
import org.recourse.coding.internal.ImportRows;
import org.recourse.coding.internal.Incidents;
import org.recourse.security.Caller;
import org.recourse.shared.NotFoundException;
import org.recourse.testimony.SourceAccess;
import org.recourse.testimony.SourceId;
import org.recourse.testimony.TestimonyId;
import org.recourse.vocabulary.Schemes;
import org.recourse.vocabulary.Vocabulary;
import org.springframework.stereotype.Service;

/** Reads incidents: lists with filters, one incident in full, the passages coded in a testimony. */
@Service
public class IncidentCatalog {

    public static final int MAX_LIST = 500;

    private final Incidents incidents;
    private final ImportRows importRows;
    private final Vocabulary vocabulary;
    private final SourceAccess access;
    private final AuditLog audit;

    IncidentCatalog(Incidents incidents, ImportRows importRows, Vocabulary vocabulary, SourceAccess access,
            AuditLog audit) {
        this.incidents = incidents;
        this.importRows = importRows;
        this.vocabulary = vocabulary;
        this.access = access;
        this.audit = audit;
    }

    /**
     * The incidents this caller may see: not those coded only from restricted sources they are not
     * named on; the act, passage and source counts of each row leave out what only such sources told.
     */
    public List<IncidentSummary> list(IncidentFilter filter, Caller caller) {
        return list(filter, MAX_LIST, access.hiddenFrom(caller));
    }

    /** Every incident the filter selects that this caller may see, without the page limit: for reports. */
    public List<IncidentSummary> listAll(IncidentFilter filter, Caller caller) {
        return list(filter, Integer.MAX_VALUE, access.hiddenFrom(caller));
    }

    /**
     * For each incident the filter selects that this caller may see, the sources they may see
     * whose testimonies support it: its capture history as this caller knows it. No page limit.
     */
    public Map<IncidentId, Set<SourceId>> sourcesOf(IncidentFilter filter, Caller caller) {
        Set<SourceId> hidden = access.hiddenFrom(caller);
        if (filter.source().filter(hidden::contains).isPresent()) {
            return Map.of();
        }
        return incidents.support(filter, expand(Schemes.VIOLATION, filter.violation()),
                expand(Schemes.PERPETRATOR, filter.perpetrator()), expand(Schemes.LOCATION, filter.locationType()), hidden);
    }

    public Optional<Incident> find(IncidentId id, Caller caller) {
        return find(id).filter(i -> !hiddenFrom(caller).contains(id));
    }

    /**
     * An incident in full as this caller may see it: passages from sources hidden from them left
     * out; one coded only from such sources is not found (and that is audited).
     */
    public IncidentDetail detail(IncidentId id, Caller caller) {
        if (hiddenFrom(caller).contains(id)) {
            access.refused("incident", id);
            throw new NotFoundException("incident", id);
        }
        return HiddenSources.leftOut(detail(id), access.hiddenFrom(caller));
    }

    /**
     * An incident as whoever may not see the {@code hidden} sources sees it, without a caller: for
     * the search index, which describes a passage by what every reader of its source may see.
     */
    public IncidentDetail detailWithout(IncidentId id, Set<SourceId> hidden) {
        return HiddenSources.leftOut(detail(id), hidden);
    }

    /** The passages coded in a testimony, if this caller may see its source. */
    public List<Passage> passagesIn(TestimonyId testimony, Caller caller) {
        Set<SourceId> hiddenSources = access.hiddenFrom(caller);
        return passagesIn(testimony).stream().filter(p -> !hiddenSources.contains(p.sourceId())).toList();
    }

    /** Every incident this caller may see, in full as they may see it, a page at a time. */
    public void each(java.util.function.Consumer<IncidentDetail> consumer, Caller caller) {
        Set<IncidentId> hidden = hiddenFrom(caller);
        Set<SourceId> hiddenSources = access.hiddenFrom(caller);
        each(d -> {
            if (!hidden.contains(d.incident().id())) {
                consumer.accept(HiddenSources.leftOut(d, hiddenSources));
            }
        });
    }

    public long count(Caller caller) {
        return count() - hiddenFrom(caller).size();
    }

    private Set<IncidentId> hiddenFrom(Caller caller) {
        return incidents.codedOnlyFrom(access.hiddenFrom(caller));
    }

    /**
     * Who changed what and when, oldest first: the incident and its acts, passages and responses;
     * for an incident a file import created, first the import (file SHA-256, counts, by whom, when).
     */
    public List<RecordRevision> history(IncidentId id, Caller caller) {
        IncidentDetail d = detail(id, caller);
        List<RecordRevision> all = new java.util.ArrayList<>(audit.revisionsOf("incident", id.toString()));
        importRows.importOf(id).ifPresent(i -> all.addAll(audit.revisionsOf(ImportedRecords.ENTITY, i)));
        d.acts().forEach(a -> all.addAll(audit.revisionsOf("act", a.id().toString())));
        d.passages().forEach(p -> all.addAll(audit.revisionsOf("passage", p.id().toString())));
        d.responses().forEach(r -> all.addAll(audit.revisionsOf("response", r.id().toString())));
        all.sort(java.util.Comparator.comparingLong(RecordRevision::auditSeq));
        return all;
    }

    public List<IncidentSummary> list(IncidentFilter filter) {
        return list(filter, MAX_LIST, Set.of());
    }

    /** Every incident the filter selects, without the page limit of {@link #list}: for reports and exports. */
    public List<IncidentSummary> listAll(IncidentFilter filter) {
        return list(filter, Integer.MAX_VALUE, Set.of());
    }

    /** A filter naming a source hidden from the caller selects nothing, so it cannot tell what that source supports. */
    private List<IncidentSummary> list(IncidentFilter filter, int limit, Set<SourceId> hidden) {
        if (filter.source().filter(hidden::contains).isPresent()) {
            return List.of();
        }
        Set<String> violations = expand(Schemes.VIOLATION, filter.violation());
        Set<String> perpetrators = expand(Schemes.PERPETRATOR, filter.perpetrator());
        Set<String> locations = expand(Schemes.LOCATION, filter.locationType());
        return incidents.list(filter, violations, perpetrators, locations, limit, hidden);
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
