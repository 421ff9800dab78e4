package org.recourse.web.pages;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import java.util.UUID;
import org.recourse.corroboration.Corroboration;
import org.recourse.corroboration.LinkKind;
import org.recourse.shared.InvalidInputException;
import org.recourse.security.Caller;
import org.recourse.testimony.Consent;
import org.recourse.testimony.IdentityRegistry;
import org.recourse.testimony.Person;
import org.recourse.testimony.PersonForm;
import org.recourse.testimony.PersonId;
import org.recourse.testimony.PersonRegistry;
import org.recourse.web.support.Callers;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class PersonPages {

    private final PersonRegistry persons;
    private final Corroboration corroboration;
    private final IdentityRegistry identities;

    PersonPages(PersonRegistry persons, Corroboration corroboration, IdentityRegistry identities) {
        this.persons = persons;
        this.corroboration = corroboration;
        this.identities = identities;
    }

    @GetMapping("/persons")
    String list(Model model) {
        model.addAttribute("persons", persons.all());
        model.addAttribute("form", new PersonForm("", Set.of("INTERVIEWEE"), "", "", "", "", ""));
        return "persons";
    }

    @PostMapping("/persons")
    String create(@ModelAttribute("form") PersonForm form, Model model, HttpServletResponse response) {
        try {
            Person p = persons.record(form);
            return "redirect:/persons/" + p.id();
        } catch (InvalidInputException e) {
            model.addAttribute("persons", persons.all());
            return FormFailure.show(model, response, e, "persons");
        }
    }

    @GetMapping("/persons/{id}")
    String show(@PathVariable UUID id, Model model, Authentication auth) {
        return personPage(id, model, auth);
    }

    private String personPage(UUID id, Model model, Authentication auth) {
        Person p = persons.get(new PersonId(id));
        Caller caller = Callers.of(auth);
        model.addAttribute("person", p);
        model.addAttribute("identity", identities.status(p.id(), caller));
        model.addAttribute("isAdmin", caller.isAdmin());
        model.addAttribute("grants", caller.isAdmin() ? identities.grants(p.id(), caller) : java.util.List.of());
        model.addAttribute("consents", persons.consents(p.id()));
        model.addAttribute("sameAs", corroboration.linksOf(LinkKind.PERSON, id.toString()).stream()
                .map(d -> new LinkedRecord(d.id(), d.other(id.toString()), persons.find(new PersonId(
                        UUID.fromString(d.other(id.toString())))).map(Person::pseudonym).orElse(d.other(id.toString()))))
                .toList());
        return "person";
    }

    @PostMapping("/persons/{id}/consents")
    String grant(@PathVariable UUID id, @RequestParam String use, @RequestParam(required = false) String partner,
            Model model, HttpServletResponse response, Authentication auth) {
        try {
            persons.grant(new PersonId(id), use, partner);
            return "redirect:/persons/" + id;
        } catch (InvalidInputException e) {
            // Back on the person's page, the choice kept: a dead-end error page loses the person.
            model.addAttribute("consentUse", use);
            model.addAttribute("consentPartner", partner);
            return FormFailure.show(model, response, e, personPage(id, model, auth));
        }
    }

    @PostMapping("/consents/{id}/withdraw")
    String withdraw(@PathVariable UUID id) {
        Consent c = persons.withdraw(id);
        return "redirect:/persons/" + c.personId();
    }
}
