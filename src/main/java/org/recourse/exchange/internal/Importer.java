package org.recourse.exchange.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.recourse.coding.ActForm;
import org.recourse.coding.Coding;
import org.recourse.coding.IncidentImport;
import org.recourse.coding.PerpetratorForm;
import org.recourse.exchange.ImportProgress;
import org.recourse.testimony.Person;
import org.recourse.testimony.PersonForm;
import org.recourse.testimony.PersonRegistry;
import org.recourse.testimony.TestimonyForm;
import org.recourse.testimony.TestimonyRegistry;
import org.springframework.stereotype.Component;

/**
 * Stores validated records through the module APIs. Incidents go in batches, one transaction
 * per batch ({@link Coding#createIncidents}), each record still validated and audited; a victim
 * pseudonym that names nobody yet is recorded as a new person with the file's coarse attributes.
 */
@Component
public class Importer {

    public static final int BATCH = 5_000;

    private final Coding coding;
    private final PersonRegistry persons;
    private final TestimonyRegistry testimonies;

    Importer(Coding coding, PersonRegistry persons, TestimonyRegistry testimonies) {
        this.coding = coding;
        this.persons = persons;
        this.testimonies = testimonies;
    }

    public Map<String, String> pseudonyms() {
        Map<String, String> out = new HashMap<>();
        persons.all().forEach(p -> out.put(p.pseudonym(), p.id().toString()));
        return out;
    }

    public int incidents(List<Parsed.ParsedIncident> incidents, ImportProgress progress) {
        Map<String, String> known = pseudonyms();
        int stored = 0;
        for (int from = 0; from < incidents.size(); from += BATCH) {
            List<Parsed.ParsedIncident> slice = incidents.subList(from, Math.min(incidents.size(), from + BATCH));
            List<IncidentImport> batch = new ArrayList<>(slice.size());
            for (Parsed.ParsedIncident p : slice) {
                batch.add(new IncidentImport(p.form(), p.acts().stream().map(a -> act(a, known)).toList()));
            }
            stored += coding.createIncidents(batch).size();
            progress.rows(stored, incidents.size());
        }
        return stored;
    }

    public int testimonies(List<Parsed.ParsedTestimony> parsed, ImportProgress progress) {
        Map<String, String> known = pseudonyms();
        int stored = 0;
        for (Parsed.ParsedTestimony t : parsed) {
            TestimonyForm f = t.form();
            String speaker = t.speakerPseudonym().isEmpty() ? null : known.get(t.speakerPseudonym());
            testimonies.record(new TestimonyForm(f.sourceId(), speaker, f.title(), f.language(), f.body(), f.translation(),
                    f.recordedOn(), f.interviewer()));
            progress.rows(++stored, parsed.size());
        }
        return stored;
    }

    private ActForm act(Parsed.ParsedAct a, Map<String, String> known) {
        String victim = a.victim().map(v -> known.computeIfAbsent(v.pseudonym(), k -> record(v))).orElse(null);
        return new ActForm(a.violation(), victim, a.perpetrators().stream()
                .map(p -> new PerpetratorForm(p.type(), null, p.role())).toList());
    }

    private String record(Parsed.Victim v) {
        Person p = persons.record(new PersonForm(v.pseudonym(), Set.of("VICTIM"), v.gender(), v.ageBand(), v.occupation(),
                v.departurePeriod(), v.province()));
        return p.id().toString();
    }
}
