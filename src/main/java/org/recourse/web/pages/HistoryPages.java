package org.recourse.web.pages;

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
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The revision history pages of sources, persons, testimonies and incidents: who changed which field, when. */
@Controller
class HistoryPages {

    private final SourceRegistry sources;
    private final PersonRegistry persons;
    private final TestimonyRegistry testimonies;
    private final IncidentCatalog incidents;

    HistoryPages(SourceRegistry sources, PersonRegistry persons, TestimonyRegistry testimonies, IncidentCatalog incidents) {
        this.sources = sources;
        this.persons = persons;
        this.testimonies = testimonies;
        this.incidents = incidents;
    }

    @GetMapping("/sources/{id}/history")
    String source(@PathVariable UUID id, Model model, Caller caller) {
        SourceId s = new SourceId(id);
        return show(model, sources.get(s, caller).title(), "/sources/" + id, sources.history(s));
    }

    @GetMapping("/persons/{id}/history")
    String person(@PathVariable UUID id, Model model) {
        PersonId p = new PersonId(id);
        return show(model, persons.get(p).pseudonym(), "/persons/" + id, persons.history(p));
    }

    @GetMapping("/testimonies/{id}/history")
    String testimony(@PathVariable UUID id, Model model, Caller caller) {
        TestimonyId t = new TestimonyId(id);
        return show(model, testimonies.get(t, caller).title(), "/testimonies/" + id, testimonies.history(t));
    }

    @GetMapping("/incidents/{id}/history")
    String incident(@PathVariable UUID id, Model model, Caller caller) {
        IncidentId i = new IncidentId(id);
        return show(model, incidents.detail(i, caller).incident().title(), "/incidents/" + id, incidents.history(i, caller));
    }

    private static String show(Model model, String heading, String back, List<RecordRevision> revisions) {
        model.addAttribute("heading", heading);
        model.addAttribute("back", back);
        model.addAttribute("revisions", revisions);
        return "history";
    }
}
