package org.recourse.web.pages;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.recourse.coding.Coding;
import org.recourse.coding.IncidentCatalog;
import org.recourse.coding.IncidentDetail;
import org.recourse.coding.IncidentFilter;
import org.recourse.coding.IncidentForm;
import org.recourse.coding.IncidentId;
import org.recourse.coding.Passage;
import org.recourse.corroboration.Corroboration;
import org.recourse.corroboration.LinkKind;
import org.recourse.security.Caller;
import org.recourse.shared.InvalidInputException;
import org.recourse.testimony.Person;
import org.recourse.testimony.PersonRegistry;
import org.recourse.testimony.SourceId;
import org.recourse.testimony.SourceRegistry;
import org.recourse.testimony.TestimonyRegistry;
import org.recourse.vocabulary.Schemes;
import org.recourse.vocabulary.Vocabulary;
import org.recourse.web.support.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class IncidentPages {

    private final IncidentCatalog incidents;
    private final Coding coding;
    private final TestimonyRegistry testimonies;
    private final SourceRegistry sources;
    private final PersonRegistry persons;
    private final Vocabulary vocabulary;
    private final Corroboration corroboration;

    IncidentPages(IncidentCatalog incidents, Coding coding, TestimonyRegistry testimonies, SourceRegistry sources,
            PersonRegistry persons, Vocabulary vocabulary, Corroboration corroboration) {
        this.incidents = incidents;
        this.coding = coding;
        this.testimonies = testimonies;
        this.sources = sources;
        this.persons = persons;
        this.vocabulary = vocabulary;
        this.corroboration = corroboration;
    }

    @GetMapping("/incidents")
    String list(@RequestParam Map<String, String> params, Model model, Caller caller) {
        IncidentFilter filter = new IncidentFilter(Forms.present(params.get("violation")),
                Forms.present(params.get("perpetrator")), Forms.present(params.get("location")),
                Forms.present(params.get("country")), Forms.year(params.get("from")), Forms.year(params.get("to")),
                Forms.present(params.get("source")).flatMap(IncidentPages::sourceId));
        model.addAttribute("incidents", incidents.list(filter, caller));
        model.addAttribute("params", params);
        model.addAttribute("sources", sources.all(caller));
        vocabularies(model);
        return "incidents";
    }

    @GetMapping("/incidents/{id}")
    String show(@PathVariable UUID id, Model model, Caller caller) {
        IncidentDetail detail = incidents.detail(new IncidentId(id), caller);
        model.addAttribute("detail", detail);
        model.addAttribute("testimonies", detail.passages().stream().map(Passage::testimonyId).distinct()
                .map(t -> testimonies.find(t, caller)).flatMap(java.util.Optional::stream)
                .collect(Collectors.toMap(t -> t.id().toString(), Function.identity())));
        model.addAttribute("people", persons.all().stream()
                .collect(Collectors.toMap(p -> p.id().toString(), Person::pseudonym)));
        model.addAttribute("responseTypes", vocabulary.usable(Schemes.RESPONSE));
        model.addAttribute("corroboratedBy", corroboration.linksOf(LinkKind.INCIDENT, id.toString(), caller).stream()
                .map(d -> new LinkedRecord(d.id(), d.other(id.toString()), incidents.find(new IncidentId(
                        UUID.fromString(d.other(id.toString()))), caller).map(i -> i.title()).orElse(d.other(id.toString()))))
                .toList());
        vocabularies(model);
        return "incident";
    }

    @PostMapping("/incidents/{id}")
    String update(@PathVariable UUID id, @ModelAttribute IncidentForm form, Model model, HttpServletResponse response,
            Caller caller) {
        incidents.detail(new IncidentId(id), caller);
        try {
            coding.updateIncident(new IncidentId(id), form);
        } catch (InvalidInputException e) {
            show(id, model, caller);
            return FormFailure.show(model, response, e, "incident");
        }
        return "redirect:/incidents/" + id;
    }

    @PostMapping("/incidents/{id}/responses")
    String respond(@PathVariable UUID id, @RequestParam String response, @RequestParam(required = false) String description,
            Caller caller) {
        incidents.detail(new IncidentId(id), caller);
        coding.addResponse(new IncidentId(id), response, description);
        return "redirect:/incidents/" + id;
    }

    private void vocabularies(Model model) {
        model.addAttribute("violations", vocabulary.terms(Schemes.VIOLATION));
        model.addAttribute("perpetratorTypes", vocabulary.terms(Schemes.PERPETRATOR));
        model.addAttribute("locationTypes", vocabulary.terms(Schemes.LOCATION));
        model.addAttribute("countries", vocabulary.terms(Schemes.COUNTRY));
    }

    private static java.util.Optional<SourceId> sourceId(String s) {
        try {
            return java.util.Optional.of(new SourceId(UUID.fromString(s)));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }
}
