package org.recourse.web.pages;

import jakarta.servlet.http.HttpServletResponse;
import org.recourse.coding.IncidentCatalog;
import org.recourse.security.Caller;
import org.recourse.testimony.SourceRegistry;
import org.recourse.testimony.TestimonyRegistry;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
class HomePages {

    private final SourceRegistry sources;
    private final TestimonyRegistry testimonies;
    private final IncidentCatalog incidents;

    HomePages(SourceRegistry sources, TestimonyRegistry testimonies, IncidentCatalog incidents) {
        this.sources = sources;
        this.testimonies = testimonies;
        this.incidents = incidents;
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
}
