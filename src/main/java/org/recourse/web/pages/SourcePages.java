package org.recourse.web.pages;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.UUID;
import org.recourse.security.Caller;
import org.recourse.shared.InvalidInputException;
import org.recourse.testimony.Source;
import org.recourse.testimony.SourceAccess;
import org.recourse.testimony.SourceForm;
import org.recourse.testimony.SourceId;
import org.recourse.testimony.SourceRegistry;
import org.recourse.testimony.TestimonyRegistry;
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
class SourcePages {

    private final SourceRegistry sources;
    private final TestimonyRegistry testimonies;
    private final Attachments attachments;
    private final SourceAccess access;

    SourcePages(SourceRegistry sources, TestimonyRegistry testimonies, Attachments attachments, SourceAccess access) {
        this.sources = sources;
        this.testimonies = testimonies;
        this.attachments = attachments;
        this.access = access;
    }

    @GetMapping("/sources")
    String list(Model model, Caller caller) {
        model.addAttribute("sources", sources.all(caller));
        model.addAttribute("form", new SourceForm("interview", "", "", "", "", "unknown", ""));
        return "sources";
    }

    @PostMapping("/sources")
    String create(@ModelAttribute("form") SourceForm form, Model model, HttpServletResponse response, Caller caller) {
        try {
            Source s = sources.record(form);
            return "redirect:/sources/" + s.id();
        } catch (InvalidInputException e) {
            model.addAttribute("sources", sources.all(caller));
            return FormFailure.show(model, response, e, "sources");
        }
    }

    @GetMapping("/sources/{id}")
    String show(@PathVariable UUID id, Model model, Caller caller, Authentication auth) {
        Source s = sources.get(new SourceId(id), caller);
        model.addAttribute("source", s);
        model.addAttribute("testimonies", testimonies.ofSource(s.id(), caller));
        if (caller.isAdmin()) {
            model.addAttribute("restriction", access.restriction(s.id(), caller));
        }
        FileList.add(model, auth, s.id(), attachments.ofSource(id, FileTransfers.seesNames(auth)),
                "/sources/" + id + "/files");
        return "source";
    }

    /** Restricts a source to the users named (one per line or comma-separated), or lifts the restriction. */
    @PostMapping("/sources/{id}/access")
    String restrict(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean restricted,
            @RequestParam(defaultValue = "") String users, Model model, HttpServletResponse response, Caller caller,
            Authentication auth) {
        try {
            access.restrict(new SourceId(id), restricted, Arrays.asList(users.split("[,\\s]+")), caller);
            return "redirect:/sources/" + id;
        } catch (InvalidInputException e) {
            show(id, model, caller, auth);
            return FormFailure.show(model, response, e, "source");
        }
    }
}
