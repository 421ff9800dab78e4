package org.recourse.web.pages;

import jakarta.servlet.http.HttpServletResponse;
import org.recourse.shared.InvalidInputException;
import org.recourse.shared.NotFoundException;
import org.recourse.vocabulary.Schemes;
import org.recourse.vocabulary.Term;
import org.recourse.vocabulary.TermForm;
import org.recourse.vocabulary.Vocabulary;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** Browse the thesauri; administrators add, edit, deprecate and restore terms (POST is admin-only). */
@Controller
class VocabularyPages {

    private final Vocabulary vocabulary;

    VocabularyPages(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    @GetMapping("/vocabulary")
    String schemes(Model model) {
        model.addAttribute("schemes", Schemes.ALL);
        return "vocabularies";
    }

    @GetMapping("/vocabulary/{scheme}")
    String terms(@PathVariable String scheme, Model model) {
        requireScheme(scheme);
        model.addAttribute("scheme", scheme);
        model.addAttribute("terms", vocabulary.terms(scheme));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new TermForm("", "", "", "", ""));
        }
        return "vocabulary";
    }

    @PostMapping("/vocabulary/{scheme}")
    String add(@PathVariable String scheme, @ModelAttribute("form") TermForm form, Model model, HttpServletResponse response) {
        try {
            vocabulary.add(scheme, form);
        } catch (InvalidInputException e) {
            terms(scheme, model);
            return FormFailure.show(model, response, e, "vocabulary");
        }
        return "redirect:/vocabulary/" + scheme;
    }

    @GetMapping("/vocabulary/{scheme}/{code}")
    String term(@PathVariable String scheme, @PathVariable String code, Model model) {
        Term term = vocabulary.term(scheme, code).orElseThrow(() -> new NotFoundException("term", code));
        model.addAttribute("term", term);
        model.addAttribute("terms", vocabulary.terms(scheme));
        model.addAttribute("history", vocabulary.history(scheme, code));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new TermForm(code, term.parent().orElse(""), term.labelEn(), term.labelKo(),
                    String.join("\n", term.synonyms())));
        }
        return "term";
    }

    @PostMapping("/vocabulary/{scheme}/{code}")
    String update(@PathVariable String scheme, @PathVariable String code, @ModelAttribute("form") TermForm form, Model model,
            HttpServletResponse response) {
        try {
            vocabulary.update(scheme, code, form);
        } catch (InvalidInputException e) {
            term(scheme, code, model);
            return FormFailure.show(model, response, e, "term");
        }
        return "redirect:/vocabulary/" + scheme + "/" + code;
    }

    @PostMapping("/vocabulary/{scheme}/{code}/deprecate")
    String deprecate(@PathVariable String scheme, @PathVariable String code) {
        vocabulary.setDeprecated(scheme, code, true);
        return "redirect:/vocabulary/" + scheme + "/" + code;
    }

    @PostMapping("/vocabulary/{scheme}/{code}/restore")
    String restore(@PathVariable String scheme, @PathVariable String code) {
        vocabulary.setDeprecated(scheme, code, false);
        return "redirect:/vocabulary/" + scheme + "/" + code;
    }

    private static void requireScheme(String scheme) {
        if (!Schemes.ALL.contains(scheme)) {
            throw new NotFoundException("vocabulary", scheme);
        }
    }
}
