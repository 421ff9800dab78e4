package org.recourse.web.api;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.recourse.testimony.Consent;
import org.recourse.testimony.Person;
import org.recourse.testimony.PersonForm;
import org.recourse.testimony.PersonId;
import org.recourse.testimony.PersonRegistry;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class PersonApi {

    private final PersonRegistry persons;

    PersonApi(PersonRegistry persons) {
        this.persons = persons;
    }

    @GetMapping("/api/persons")
    List<Person> list() {
        return persons.all();
    }

    @GetMapping("/api/persons/{id}")
    Person get(@PathVariable UUID id) {
        return persons.get(new PersonId(id));
    }

    @PostMapping("/api/persons")
    ResponseEntity<Person> create(@RequestBody PersonForm form) {
        Person p = persons.record(form);
        return ResponseEntity.created(URI.create("/api/persons/" + p.id())).body(p);
    }

    @GetMapping("/api/persons/{id}/consents")
    List<Consent> consents(@PathVariable UUID id) {
        return persons.consents(persons.get(new PersonId(id)).id());
    }

    @PostMapping("/api/persons/{id}/consents")
    ResponseEntity<Consent> grant(@PathVariable UUID id, @RequestBody ConsentRequest request) {
        Consent c = persons.grant(new PersonId(id), request.use(), request.partner());
        return ResponseEntity.status(201).body(c);
    }

    @PostMapping("/api/consents/{id}/withdraw")
    Consent withdraw(@PathVariable UUID id) {
        return persons.withdraw(id);
    }

    /** A consent to grant: the use, and the partner when the use is sharing. */
    record ConsentRequest(String use, String partner) {
    }
}
