package org.recourse.web.pages;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.recourse.coding.CodedAct;
import org.recourse.coding.IncidentCatalog;
import org.recourse.coding.IncidentFilter;
import org.recourse.coding.IncidentId;
import org.recourse.coding.Passage;
import org.recourse.coding.Suggestions;
import org.recourse.security.Caller;
import org.recourse.shared.InvalidInputException;
import org.recourse.shared.Problems;
import org.recourse.testimony.PersonRegistry;
import org.recourse.testimony.SourceRegistry;
import org.recourse.testimony.Testimony;
import org.recourse.testimony.TestimonyForm;
import org.recourse.testimony.TestimonyId;
import org.recourse.testimony.TestimonyRegistry;
import org.recourse.vocabulary.Schemes;
import org.recourse.vocabulary.Vocabulary;
import org.recourse.web.support.DisplayOffsets;
import org.recourse.web.support.TranscriptSegments;
import org.recourse.files.Attachments;
import org.recourse.web.support.FileTransfers;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class TestimonyPages {

    private final TestimonyRegistry testimonies;
    private final SourceRegistry sources;
    private final PersonRegistry persons;
    private final IncidentCatalog incidents;
    private final Vocabulary vocabulary;
    private final Suggestions suggestions;
    private final Attachments attachments;

    TestimonyPages(TestimonyRegistry testimonies, SourceRegistry sources, PersonRegistry persons, IncidentCatalog incidents,
            Vocabulary vocabulary, Suggestions suggestions, Attachments attachments) {
        this.attachments = attachments;
        this.testimonies = testimonies;
        this.sources = sources;
        this.persons = persons;
        this.incidents = incidents;
        this.vocabulary = vocabulary;
        this.suggestions = suggestions;
    }

    @GetMapping("/testimonies")
    String list(Model model, Caller caller) {
        model.addAttribute("testimonies", testimonies.all(caller));
        return "testimonies";
    }

    @GetMapping("/testimonies/new")
    String newForm(@RequestParam(required = false) String source, Model model, Caller caller) {
        model.addAttribute("form", new TestimonyForm(source, "", "", "ko", "", "", "", ""));
        return formPage(model, caller);
    }

    @PostMapping("/testimonies")
    String create(@ModelAttribute("form") TestimonyForm form, Model model, HttpServletResponse response,
            Caller caller) {
        try {
            Testimony t = testimonies.record(form, caller);
            return "redirect:/testimonies/" + t.id();
        } catch (InvalidInputException e) {
            formPage(model, caller);
            return FormFailure.show(model, response, e, "testimony-form");
        }
    }

    @GetMapping("/testimonies/{id}")
    String read(@PathVariable UUID id, Model model, Caller caller, Authentication auth) {
        Testimony t = testimonies.get(new TestimonyId(id), caller);
        readerModel(t, model, caller);
        FileList.add(model, auth, t.sourceId(), attachments.ofTestimony(id, FileTransfers.seesNames(auth)),
                "/testimonies/" + id + "/files");
        return "reader";
    }

    @PostMapping("/testimonies/{id}/code")
    String code(@PathVariable UUID id, @ModelAttribute("coding") CodePassageForm form, Model model,
            HttpServletResponse response, Caller caller) {
        Testimony t = testimonies.get(new TestimonyId(id), caller);
        String text = t.text(form.part() == null ? "body" : form.part());
        Integer start = form.start() == null ? null : DisplayOffsets.toStored(text, form.start());
        Integer end = form.end() == null ? null : DisplayOffsets.toStored(text, form.end());
        try {
            requireVisibleIncident(form.incidentId(), caller);
            CodedAct coded = suggestions.codeAct(form.toCommand(id.toString(), start, end), form.acceptedKeys());
            return "redirect:/testimonies/" + id + "?coded=" + coded.incidentId();
        } catch (InvalidInputException e) {
            readerModel(t, model, caller);
            return FormFailure.show(model, response, e, "reader");
        }
    }

    @PostMapping("/testimonies/{id}/suggestions/reject")
    String reject(@PathVariable UUID id, @RequestParam String part, @RequestParam(defaultValue = "") String key,
            @RequestParam(defaultValue = "") String field, @RequestParam(defaultValue = "") String value, Caller caller) {
        testimonies.get(new TestimonyId(id), caller);
        if (!key.isBlank()) {
            suggestions.reject(new TestimonyId(id), part, key);
        } else if (!field.isBlank() && !value.isBlank()) {
            suggestions.rejectAll(new TestimonyId(id), part, field, value); // every place of one code
        } else {
            throw new InvalidInputException("key", "names no suggestion");
        }
        return "redirect:/testimonies/" + id;
    }

    /** An incident hidden from the caller is, for them, no incident: coding onto it would reveal it. */
    private void requireVisibleIncident(String incidentId, Caller caller) {
        Optional<UUID> existing = new Problems().id(incidentId, "incidentId", false);
        if (existing.isPresent() && incidents.find(new IncidentId(existing.get()), caller).isEmpty()) {
            throw new InvalidInputException("incidentId", "names no incident");
        }
    }

    private void readerModel(Testimony t, Model model, Caller caller) {
        model.addAttribute("suggestions", List.of(partSuggestions(t, "body"), partSuggestions(t, "translation")));
        List<Passage> passages = incidents.passagesIn(t.id(), caller);
        model.addAttribute("testimony", t);
        model.addAttribute("source", sources.get(t.sourceId()));
        model.addAttribute("speaker", t.speakerId().flatMap(persons::find).orElse(null));
        model.addAttribute("bodySegments", TranscriptSegments.of(t.body(),
                passages.stream().filter(p -> p.part().equals("body")).toList()));
        model.addAttribute("translationSegments", TranscriptSegments.of(t.translation(),
                passages.stream().filter(p -> p.part().equals("translation")).toList()));
        model.addAttribute("passages", passages);
        model.addAttribute("incidentTitles", passages.stream().map(p -> p.incidentId()).distinct()
                .map(i -> incidents.find(i, caller)).flatMap(java.util.Optional::stream).toList());
        model.addAttribute("allIncidents", incidents.list(IncidentFilter.ALL, caller));
        model.addAttribute("persons", persons.all());
        vocabularies(model);
        if (!model.containsAttribute("coding")) {
            model.addAttribute("coding", new CodePassageForm("", "", "", "", "", "", "", "body", null, null, "", "",
                    "", "direct", ""));
        }
    }

    /** Suggestions with their spans as the browser counts them (CR LF shown as one character). */
    private PartSuggestions partSuggestions(Testimony t, String part) {
        DisplayOffsets offsets = DisplayOffsets.of(t.text(part));
        return new PartSuggestions(part, suggestions.forTestimony(t.id(), part).stream()
                .map(s -> new org.recourse.coding.ReaderSuggestion(s.key(), s.field(), s.value(),
                        offsets.toDisplay(s.start()), offsets.toDisplay(s.end()), s.evidence()))
                .toList());
    }

    private String formPage(Model model, Caller caller) {
        model.addAttribute("sources", sources.all(caller));
        model.addAttribute("persons", persons.all());
        return "testimony-form";
    }

    private void vocabularies(Model model) {
        model.addAttribute("violations", vocabulary.usable(Schemes.VIOLATION));
        model.addAttribute("perpetratorTypes", vocabulary.usable(Schemes.PERPETRATOR));
        model.addAttribute("locationTypes", vocabulary.usable(Schemes.LOCATION));
        model.addAttribute("countries", vocabulary.usable(Schemes.COUNTRY));
    }

    /** The suggestions for one part of a testimony, and the same grouped by code as the reader lists them. */
    record PartSuggestions(String part, List<org.recourse.coding.ReaderSuggestion> items) {

        public List<SuggestionGroup> groups() {
            Map<String, List<org.recourse.coding.ReaderSuggestion>> byCode = new LinkedHashMap<>();
            items.forEach(s -> byCode.computeIfAbsent(s.field() + "\u0000" + s.value(), k -> new ArrayList<>()).add(s));
            return byCode.values().stream().map(SuggestionGroup::new).toList();
        }
    }

    /**
     * Every place where one code is suggested, in text order: the reader shows the first few
     * (a long transcript may name a market hundreds of times) and rejects them one by one or all.
     */
    record SuggestionGroup(List<org.recourse.coding.ReaderSuggestion> places) {

        static final int SHOWN = 5;

        public String field() {
            return places.get(0).field();
        }

        public String value() {
            return places.get(0).value();
        }

        public List<org.recourse.coding.ReaderSuggestion> shown() {
            return places.subList(0, Math.min(SHOWN, places.size()));
        }

        public int hidden() {
            return places.size() - shown().size();
        }
    }
}
