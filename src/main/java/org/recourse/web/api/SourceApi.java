package org.recourse.web.api;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.recourse.testimony.Source;
import org.recourse.testimony.SourceForm;
import org.recourse.testimony.SourceId;
import org.recourse.testimony.SourceRegistry;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/sources")
class SourceApi {

    private final SourceRegistry sources;

    SourceApi(SourceRegistry sources) {
        this.sources = sources;
    }

    @GetMapping
    List<Source> list() {
        return sources.all();
    }

    @GetMapping("/{id}")
    Source get(@PathVariable UUID id) {
        return sources.get(new SourceId(id));
    }

    @PostMapping
    ResponseEntity<Source> create(@RequestBody SourceForm form) {
        Source s = sources.record(form);
        return ResponseEntity.created(URI.create("/api/sources/" + s.id())).body(s);
    }
}
