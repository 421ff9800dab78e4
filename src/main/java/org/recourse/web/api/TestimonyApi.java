package org.recourse.web.api;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.recourse.coding.IncidentCatalog;
import org.recourse.coding.Passage;
import org.recourse.security.Caller;
import org.recourse.testimony.Testimony;
import org.recourse.testimony.TestimonyForm;
import org.recourse.testimony.TestimonyId;
import org.recourse.testimony.TestimonyRegistry;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/testimonies")
class TestimonyApi {

    private final TestimonyRegistry testimonies;
    private final IncidentCatalog incidents;

    TestimonyApi(TestimonyRegistry testimonies, IncidentCatalog incidents) {
        this.testimonies = testimonies;
        this.incidents = incidents;
    }

    @GetMapping
    List<Testimony> list(Caller caller) {
        return testimonies.all(caller);
    }

    @GetMapping("/{id}")
    Testimony get(@PathVariable UUID id, Caller caller) {
        return testimonies.get(new TestimonyId(id), caller);
    }

    @GetMapping("/{id}/passages")
    List<Passage> passages(@PathVariable UUID id, Caller caller) {
        return incidents.passagesIn(testimonies.get(new TestimonyId(id), caller).id(), caller);
    }

    @PostMapping
    ResponseEntity<Testimony> create(@RequestBody TestimonyForm form, Caller caller) {
        Testimony t = testimonies.record(form, caller);
        return ResponseEntity.created(URI.create("/api/testimonies/" + t.id())).body(t);
    }
}
