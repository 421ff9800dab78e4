package org.recourse.web.api;

import java.util.List;
import org.recourse.shared.NotFoundException;
import org.recourse.vocabulary.Schemes;
import org.recourse.vocabulary.Term;
import org.recourse.vocabulary.TermForm;
import org.recourse.vocabulary.Vocabulary;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The thesauri; changes are for administrators (enforced in WebSecurity). */
@RestController
@RequestMapping("/api/vocabularies")
class VocabularyApi {

    private final Vocabulary vocabulary;

    VocabularyApi(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    @GetMapping
    List<String> schemes() {
        return Schemes.ALL;
    }

    @GetMapping("/{scheme}")
    List<Term> terms(@PathVariable String scheme) {
        if (!Schemes.ALL.contains(scheme)) {
            throw new NotFoundException("vocabulary", scheme);
        }
        return vocabulary.terms(scheme);
    }

    @GetMapping("/{scheme}/{code}")
    Term term(@PathVariable String scheme, @PathVariable String code) {
        return vocabulary.term(scheme, code).orElseThrow(() -> new NotFoundException("term", scheme + ":" + code));
    }

    @PostMapping("/{scheme}")
    ResponseEntity<Term> add(@PathVariable String scheme, @RequestBody TermForm form) {
        return ResponseEntity.status(201).body(vocabulary.add(scheme, form));
    }

    @PutMapping("/{scheme}/{code}")
    Term update(@PathVariable String scheme, @PathVariable String code, @RequestBody TermForm form) {
        return vocabulary.update(scheme, code, form);
    }
}
