package org.recourse.exchange.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.recourse.coding.ActForm;
import org.recourse.coding.IncidentFile;
import org.recourse.coding.IncidentImport;
import org.recourse.coding.IncidentImports;
import org.recourse.coding.StoredImport;
import org.recourse.coding.PerpetratorForm;
import org.recourse.exchange.ImportProgress;
import org.recourse.testimony.Person;
import org.recourse.testimony.PersonForm;
import org.recourse.testimony.PersonRegistry;
import org.recourse.testimony.TestimonyForm;
import org.recourse.testimony.TestimonyRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores validated records through the module APIs. A file's incidents go in as one import in
 * one transaction ({@link IncidentImports#store}): each record validated again, the import
 * audited once; a victim pseudonym that names nobody yet is recorded as a new person with the
 * file's coarse attributes.
 */
@Component
public class Importer {

    private final IncidentImports imports;
    private final PersonRegistry persons;
    private final TestimonyRegistry testimonies;

    Importer(IncidentImports imports, PersonRegistry persons, TestimonyRegistry testimonies) {
        this.imports = imports;
        this.persons = persons;
        this.testimonies = testimonies;
    }

    public Map<String, String> pseudonyms() {
        Map<String, String> out = new HashMap<>();
        persons.all().forEach(p -> out.put(p.pseudonym(), p.id().toString()));
        return out;
    }

    /**
     * Stores a file's incidents as one import in one transaction, with the victims it names
     * that are not recorded yet: a failure anywhere (disk full, crash) leaves nothing of it.
     */
    @Transactional
    public StoredImport incidents(List<Parsed.ParsedIncident> incidents, String fileSha256, int rows,
            ImportProgress progress) {
        Map<String, String> known = pseudonyms();
        List<IncidentImport> all = new ArrayList<>(incidents.size());
        for (Parsed.ParsedIncident p : incidents) {
            all.add(new IncidentImport(p.form(), p.acts().stream().map(a -> act(a, known)).toList()));
        }
        return imports.store(new IncidentFile(UUID.randomUUID(), fileSha256, rows, all),
                done -> progress.rows(done, all.size()));
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
