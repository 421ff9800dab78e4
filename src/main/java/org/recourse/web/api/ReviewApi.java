package org.recourse.web.api;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.recourse.corroboration.Candidate;
import org.recourse.corroboration.Corroboration;
import org.recourse.corroboration.LinkDecision;
import org.recourse.corroboration.LinkKind;
import org.recourse.corroboration.Verdict;
import org.recourse.security.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/review")
class ReviewApi {

    private final Corroboration corroboration;

    ReviewApi(Corroboration corroboration) {
        this.corroboration = corroboration;
    }

    @GetMapping("/candidates")
    List<Candidate> candidates(@RequestParam String kind, Caller caller) {
        return corroboration.candidates(LinkKind.parse(kind), caller);
    }

    @GetMapping("/links")
    List<LinkDecision> links(@RequestParam String kind, Caller caller) {
        return corroboration.links(LinkKind.parse(kind), caller);
    }

    /** Links two records or rejects the pair: {"kind":"incident","left":ID,"right":ID,"decision":"linked"}. */
    @PostMapping("/decisions")
    ResponseEntity<LinkDecision> decide(@RequestBody DecisionRequest request) {
        LinkDecision d = corroboration.decide(LinkKind.parse(request.kind()), request.left(), request.right(),
                Verdict.parse(request.decision()));
        return ResponseEntity.created(URI.create("/api/review/decisions/" + d.id())).body(d);
    }

    @PostMapping("/decisions/{id}/undo")
    LinkDecision undo(@PathVariable UUID id) {
        return corroboration.undo(id);
    }

    record DecisionRequest(String kind, String left, String right, String decision) {
    }
}
