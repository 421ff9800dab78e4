package org.recourse.web.pages;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import org.recourse.testimony.ConsentWithdrawal;
import org.recourse.testimony.IdentityField;
import org.recourse.shared.ForbiddenException;
import org.recourse.testimony.IdentityRegistry;
import org.recourse.testimony.IdentityStatus;
import org.recourse.testimony.PersonId;
import org.recourse.testimony.PersonRegistry;
import org.recourse.web.support.Callers;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The identity part of a person's page. Revealing is a POST whose answer is never cached, so the
 * values never sit in a URL, a history entry or a cache; the module decides who may.
 */
@Controller
class IdentityPages {

    private final IdentityRegistry identities;
    private final ConsentWithdrawal withdrawal;
    private final PersonRegistry persons;

    IdentityPages(IdentityRegistry identities, ConsentWithdrawal withdrawal, PersonRegistry persons) {
        this.identities = identities;
        this.withdrawal = withdrawal;
        this.persons = persons;
    }

    @PostMapping("/persons/{id}/identity/reveal")
    String reveal(@PathVariable UUID id, Authentication auth, Model model, HttpServletResponse response) {
        PersonId person = new PersonId(id);
        model.addAttribute("identity", identities.reveal(person, Callers.of(auth)));
        model.addAttribute("person", persons.get(person));
        model.addAttribute("fields", IdentityField.values());
        response.setHeader("Cache-Control", "no-store");
        return "person-identity";
    }

    @PostMapping("/persons/{id}/identity")
    String update(@PathVariable UUID id, @RequestParam Map<String, String> params, Authentication auth) {
        Map<IdentityField, String> values = new EnumMap<>(IdentityField.class);
        Arrays.stream(IdentityField.values()).filter(f -> params.containsKey(f.code()))
                .forEach(f -> values.put(f, params.get(f.code())));
        identities.update(new PersonId(id), values, Callers.of(auth));
        return "redirect:/persons/" + id;
    }

    @GetMapping("/persons/{id}/withdraw-all")
    String confirmWithdrawal(@PathVariable UUID id, Authentication auth, Model model) {
        PersonId person = new PersonId(id);
        IdentityStatus status = identities.status(person, Callers.of(auth));
        if (!status.callerMayReveal()) {
            throw new ForbiddenException("identities are hidden from this account for this person");
        }
        model.addAttribute("person", persons.get(person));
        model.addAttribute("status", status);
        model.addAttribute("keepsFacts", withdrawal.keepsIncidentFacts());
        return "person-withdraw";
    }

    @PostMapping("/persons/{id}/withdraw-all")
    String withdrawAll(@PathVariable UUID id, Authentication auth) {
        withdrawal.withdrawAll(new PersonId(id), Callers.of(auth));
        return "redirect:/persons/" + id;
    }

    @PostMapping("/persons/{id}/identity/grants")
    String grant(@PathVariable UUID id, @RequestParam String username, Authentication auth) {
        identities.grant(new PersonId(id), username, Callers.of(auth));
        return "redirect:/persons/" + id;
    }

    @PostMapping("/persons/{id}/identity/grants/revoke")
    String revoke(@PathVariable UUID id, @RequestParam String username, Authentication auth) {
        identities.revoke(new PersonId(id), username, Callers.of(auth));
        return "redirect:/persons/" + id;
    }
}
