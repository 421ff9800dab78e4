package org.recourse.web.api;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.recourse.coding.CodeActForm;
import org.recourse.coding.CodedAct;
import org.recourse.coding.Coding;
import org.recourse.coding.IncidentCatalog;
import org.recourse.coding.IncidentDetail;
import org.recourse.coding.IncidentFilter;
import org.recourse.coding.IncidentForm;
import org.recourse.coding.IncidentId;
import org.recourse.coding.IncidentSummary;
import org.recourse.coding.Passage;
import org.recourse.coding.Response;
import org.recourse.security.Caller;
import org.recourse.shared.InvalidInputException;
import org.recourse.shared.Problems;
import org.recourse.testimony.SourceId;
import org.recourse.testimony.TestimonyId;
import org.recourse.testimony.TestimonyRegistry;
import org.recourse.web.support.Forms;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/incidents")
class IncidentApi {

    private final IncidentCatalog incidents;
    private final Coding coding;
    private final TestimonyRegistry testimonies;

    IncidentApi(IncidentCatalog incidents, Coding coding, TestimonyRegistry testimonies) {
        this.incidents = incidents;
        this.coding = coding;
        this.testimonies = testimonies;
    }

    @GetMapping
    List<IncidentSummary> list(@RequestParam(required = false) String violation,
            @RequestParam(required = false) String perpetrator, @RequestParam(required = false) String location,
            @RequestParam(required = false) String country, @RequestParam(required = false) Integer from,
            @RequestParam(required = false) Integer to, @RequestParam(required = false) UUID source, Caller caller) {
        return incidents.list(new IncidentFilter(Forms.present(violation), Forms.present(perpetrator),
                Forms.present(location), Forms.present(country), java.util.Optional.ofNullable(from),
                java.util.Optional.ofNullable(to), java.util.Optional.ofNullable(source).map(SourceId::new)), caller);
    }

    @GetMapping("/{id}")
    IncidentDetail get(@PathVariable UUID id, Caller caller) {
        return incidents.detail(new IncidentId(id), caller);
    }

    /** Creates an incident, with its acts when given (each on a testimony the caller may see), in one transaction. */
    @PostMapping
    ResponseEntity<IncidentDetail> create(@RequestBody NewIncidentRequest request, Caller caller) {
        request.acts().forEach(a -> requireVisible(a.testimonyId(), caller));
        IncidentId id = coding.createIncidentWithActs(request.incident(), request.acts());
        return ResponseEntity.created(URI.create("/api/incidents/" + id)).body(incidents.detail(id, caller));
    }

    @PutMapping("/{id}")
    IncidentDetail update(@PathVariable UUID id, @RequestBody IncidentForm form, Caller caller) {
        incidents.detail(new IncidentId(id), caller);
        coding.updateIncident(new IncidentId(id), form);
        return incidents.detail(new IncidentId(id), caller);
    }

    @PostMapping("/{id}/acts")
    ResponseEntity<CodedAct> code(@PathVariable UUID id, @RequestBody CodeActForm form, Caller caller) {
        requireVisible(form.testimonyId(), caller);
        CodeActForm forThis = new CodeActForm(id.toString(), null, form.testimonyId(), form.part(), form.start(), form.end(),
                form.violation(), form.victimId(), form.perpetrators());
        incidents.detail(new IncidentId(id), caller);
        return ResponseEntity.status(201).body(coding.codeAct(forThis));
    }

    @PostMapping("/{id}/passages")
    ResponseEntity<Passage> link(@PathVariable UUID id, @RequestBody PassageRequest request, Caller caller) {
        incidents.detail(new IncidentId(id), caller);
        requireVisible(request.testimonyId(), caller);
        return ResponseEntity.status(201).body(coding.linkPassage(new IncidentId(id), request.testimonyId(), request.part(),
                request.start(), request.end()));
    }

    @PostMapping("/{id}/responses")
    ResponseEntity<Response> respond(@PathVariable UUID id, @RequestBody ResponseRequest request, Caller caller) {
        incidents.detail(new IncidentId(id), caller);
        return ResponseEntity.status(201).body(coding.addResponse(new IncidentId(id), request.response(), request.description()));
    }

    /** A testimony of a restricted source the caller is not named on is, for them, no testimony at all. */
    private void requireVisible(String testimonyId, Caller caller) {
        Optional<UUID> id = new Problems().id(testimonyId, "testimonyId", false);
        if (id.isPresent() && testimonies.find(new TestimonyId(id.get()), caller).isEmpty()) {
            throw new InvalidInputException("testimonyId", "names no testimony");
        }
    }

    /** An incident and, optionally, acts coded on it (each naming its testimony passage). */
    record NewIncidentRequest(IncidentForm incident, List<CodeActForm> acts) {

        NewIncidentRequest {
            acts = acts == null ? List.of() : acts;
        }
    }

    /** A further supporting passage. */
    record PassageRequest(String testimonyId, String part, Integer start, Integer end) {
    }

    /** An institutional response. */
    record ResponseRequest(String response, String description) {
    }
}
