package org.recourse.web.pages;

import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.recourse.coding.IncidentCatalog;
import org.recourse.coding.IncidentFilter;
import org.recourse.coding.IncidentSummary;
import org.recourse.corroboration.Corroboration;
import org.recourse.corroboration.LinkKind;
import org.recourse.corroboration.Verdict;
import org.recourse.security.Caller;
import org.recourse.testimony.Person;
import org.recourse.testimony.PersonRegistry;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The review queue: candidate pairs of persons and incidents, the reviewer's Link / Reject, and Undo. */
@Controller
class ReviewPages {

    private final Corroboration corroboration;
    private final PersonRegistry persons;
    private final IncidentCatalog incidents;

    ReviewPages(Corroboration corroboration, PersonRegistry persons, IncidentCatalog incidents) {
        this.corroboration = corroboration;
        this.persons = persons;
        this.incidents = incidents;
    }

    @GetMapping("/review")
    String show(Model model, Caller caller) {
        model.addAttribute("personCandidates", corroboration.candidates(LinkKind.PERSON, caller));
        model.addAttribute("incidentCandidates", corroboration.candidates(LinkKind.INCIDENT, caller));
        model.addAttribute("personLinks", corroboration.links(LinkKind.PERSON, caller));
        model.addAttribute("incidentLinks", corroboration.links(LinkKind.INCIDENT, caller));
        Map<String, Person> people = persons.all().stream()
                .collect(Collectors.toMap(p -> p.id().toString(), Function.identity()));
        Map<String, IncidentSummary> events = incidents.list(IncidentFilter.ALL, caller).stream()
                .collect(Collectors.toMap(s -> s.incident().id().toString(), Function.identity()));
        model.addAttribute("people", people);
        model.addAttribute("events", events);
        return "review";
    }

    @PostMapping("/review/decisions")
    String decide(@RequestParam String kind, @RequestParam String left, @RequestParam String right,
            @RequestParam String decision) {
        corroboration.decide(LinkKind.parse(kind), left, right, Verdict.parse(decision));
        return "redirect:/review";
    }

    @PostMapping("/review/decisions/{id}/undo")
    String undo(@PathVariable UUID id, @RequestParam(required = false) String back) {
        corroboration.undo(id);
        return "redirect:" + (back != null && back.matches("/(incidents|persons)/[0-9a-f-]{36}") ? back : "/review");
    }
}
