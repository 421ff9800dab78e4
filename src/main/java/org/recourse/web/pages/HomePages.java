package org.recourse.web.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import org.recourse.coding.IncidentCatalog;
import org.recourse.security.Accounts;
import org.recourse.security.Caller;
import org.recourse.shared.InvalidInputException;
import org.recourse.testimony.SourceRegistry;
import org.recourse.testimony.TestimonyRegistry;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class HomePages {

    private final SourceRegistry sources;
    private final TestimonyRegistry testimonies;
    private final IncidentCatalog incidents;
    private final Accounts accounts;

    HomePages(SourceRegistry sources, TestimonyRegistry testimonies, IncidentCatalog incidents, Accounts accounts) {
        this.sources = sources;
        this.testimonies = testimonies;
        this.incidents = incidents;
        this.accounts = accounts;
    }

    @GetMapping("/")
    String home(Model model, Caller caller) {
        model.addAttribute("sourceCount", sources.count(caller));
        model.addAttribute("testimonyCount", testimonies.count(caller));
        model.addAttribute("incidentCount", incidents.count(caller));
        // Titles of testimonies are records, not aggregates: only for roles that may open them (see the menu).
        if (model.getAttribute("may") instanceof java.util.Set<?> may && may.contains("/testimonies")) {
            model.addAttribute("recent", testimonies.all(caller).stream().limit(8).toList());
        }
        return "home";
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @RequestMapping("/denied")
    String denied(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        return "denied";
    }

    @GetMapping("/account/password")
    String passwordForm() {
        return "password";
    }

    @PostMapping("/account/password")
    String changePassword(@RequestParam String password, @RequestParam String repeat, Principal principal, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        try {
            if (!password.equals(repeat)) {
                throw new InvalidInputException("repeat", "does not match the new password");
            }
            accounts.changePassword(principal.getName(), password);
        } catch (InvalidInputException e) {
            return FormFailure.show(model, response, e, "password");
        }
        request.getSession().removeAttribute("recourse.passwordChecked");
        return "redirect:/";
    }
}
