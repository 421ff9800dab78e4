package org.recourse.web.pages;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.recourse.shared.InvalidInputException;
import org.recourse.testimony.Source;
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

@Controller
class SourcePages {

    private final SourceRegistry sources;
    private final TestimonyRegistry testimonies;
    private final Attachments attachments;

    SourcePages(SourceRegistry sources, TestimonyRegistry testimonies, Attachments attachments) {
        this.sources = sources;
        this.testimonies = testimonies;
        this.attachments = attachments;
    }

    @GetMapping("/sources")
    String list(Model model) {
        model.addAttribute("sources", sources.all());
        model.addAttribute("form", new SourceForm("interview", "", "", "", "", "unknown", ""));
        return "sources";
    }

    @PostMapping("/sources")
    String create(@ModelAttribute("form") SourceForm form, Model model, HttpServletResponse response) {
        try {
            Source s = sources.record(form);
            return "redirect:/sources/" + s.id();
        } catch (InvalidInputException e) {
            model.addAttribute("sources", sources.all());
            return FormFailure.show(model, response, e, "sources");
        }
    }

    @GetMapping("/sources/{id}")
    String show(@PathVariable UUID id, Model model, Authentication auth) {
        Source s = sources.get(new SourceId(id));
        model.addAttribute("source", s);
        model.addAttribute("testimonies", testimonies.ofSource(s.id()));
        FileList.add(model, auth, s.id(), attachments.ofSource(id, FileTransfers.seesNames(auth)),
                "/sources/" + id + "/files");
        return "source";
    }
}
