package org.recourse.web.api;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.recourse.security.Caller;
import org.recourse.testimony.Source;
import org.recourse.testimony.SourceAccess;
import org.recourse.testimony.SourceForm;
import org.recourse.testimony.SourceId;
import org.recourse.testimony.SourceRegistry;
import org.recourse.testimony.SourceRestriction;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/sources")
class SourceApi {

    private final SourceRegistry sources;
    private final SourceAccess access;

    SourceApi(SourceRegistry sources, SourceAccess access) {
        this.sources = sources;
        this.access = access;
    }

    @GetMapping
    List<Source> list(Caller caller) {
        return sources.all(caller);
    }

    @GetMapping("/{id}")
    Source get(@PathVariable UUID id, Caller caller) {
        return sources.get(new SourceId(id), caller);
    }

    @PostMapping
    ResponseEntity<Source> create(@RequestBody SourceForm form) {
        Source s = sources.record(form);
        return ResponseEntity.created(URI.create("/api/sources/" + s.id())).body(s);
    }

    @GetMapping("/{id}/access")
    SourceRestriction restriction(@PathVariable UUID id, Caller caller) {
        return access.restriction(new SourceId(id), caller);
    }

    /** Replaces the restriction: {"restricted": true, "users": ["name", ...]}. */
    @PutMapping("/{id}/access")
    SourceRestriction restrict(@PathVariable UUID id, @RequestBody AccessRequest request, Caller caller) {
        return access.restrict(new SourceId(id), request.restricted(),
                request.users() == null ? List.of() : request.users(), caller);
    }

    /** The body of PUT /api/sources/{id}/access. */
    record AccessRequest(boolean restricted, List<String> users) {
    }
}
