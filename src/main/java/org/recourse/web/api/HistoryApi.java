package org.recourse.web.api;

import java.util.List;
import java.util.UUID;
import org.recourse.audit.RecordRevision;
import org.recourse.coding.IncidentCatalog;
import org.recourse.coding.IncidentId;
import org.recourse.security.Caller;
import org.recourse.testimony.PersonId;
import org.recourse.testimony.PersonRegistry;
import org.recourse.testimony.SourceId;
import org.recourse.testimony.SourceRegistry;
import org.recourse.testimony.TestimonyId;
import org.recourse.testimony.TestimonyRegistry;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The revision history of a record as JSON, oldest first. */
@RestController
class HistoryApi {

    private final SourceRegistry sources;
    private final PersonRegistry persons;
    private final TestimonyRegistry testimonies;
    private final IncidentCatalog incidents;

    HistoryApi(SourceRegistry sources, PersonRegistry persons, TestimonyRegistry testimonies, IncidentCatalog incidents) {
        this.sources = sources;
        this.persons = persons;
        this.testimonies = testimonies;
        this.incidents = incidents;
    }

    @GetMapping("/api/sources/{id}/history")
    List<RecordRevision> source(@PathVariable UUID id, Caller caller) {
        return sources.history(sources.get(new SourceId(id), caller).id());
    }

    @GetMapping("/api/persons/{id}/history")
    List<RecordRevision> person(@PathVariable UUID id) {
        return persons.history(new PersonId(id));
    }

    @GetMapping("/api/testimonies/{id}/history")
    List<RecordRevision> testimony(@PathVariable UUID id, Caller caller) {
        return testimonies.history(testimonies.get(new TestimonyId(id), caller).id());
    }

    @GetMapping("/api/incidents/{id}/history")
    List<RecordRevision> incident(@PathVariable UUID id, Caller caller) {
        return incidents.history(new IncidentId(id), caller);
    }
}
